package org.association.mail.control;

import org.association.content.control.HtmlSanitizer;
import org.association.content.entity.Language;

/**
 * A notice as one recipient reads it, in their language: the subject as one clean header line, the sanitized body as
 * HTML and as plain text, each ending with the unsubscribe link.
 */
public record NoticeMail(String subject, String text, String html) {

    public static NoticeMail of(String subject, String bodyHtml, Language language, String unsubscribeUrl) {
        String footer = language == Language.EN ? "You receive the association's notices. To receive no more:"
                : "您收到此邮件，是因为您接收学会的通知。如不再接收，请点击：";
        String link = language == Language.EN ? "Unsubscribe" : "退订";
        String html = HtmlSanitizer.sanitize(bodyHtml);
        return new NoticeMail(MailText.headerLine(subject, 200),
                HtmlSanitizer.toPlainText(html) + "\n\n-- \n" + footer + "\n" + unsubscribeUrl + "\n",
                html + "<hr><p>" + MailText.html(footer) + " <a href=\"" + MailText.html(unsubscribeUrl) + "\">" + link
                        + "</a></p>");
    }
}
