package org.association.mail.control;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import org.association.mail.entity.MailAttachment;
import org.association.mail.entity.MailMessage;

/**
 * An outbox mail as the MIME message that goes out, from the resource's address, with its own Message-ID: UTF-8 plain
 * text, with HTML as its alternative for a notice. Images shown inside the mail go with the HTML in a
 * multipart/related by their Content-ID; a mail that has such images but no HTML of its own gets one made from its
 * text, the images below it. Attached files make the whole a multipart/mixed.
 */
public final class SmtpMessage {

    private SmtpMessage() {
    }

    /** @param attachments the mail's files in their order (none when it has none) */
    public static MimeMessage of(Session session, MailMessage mail, List<MailAttachment> attachments)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the same id on every attempt, so a copy sent twice is recognized as one
                setHeader("Message-ID", mail.getMessageId());
            }
        };
        message.setFrom();
        try {
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), mail.getRecipientName(),
                    "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setSubject(mail.getSubject(), "UTF-8");
        List<MailAttachment> inline = attachments.stream().filter(MailAttachment::isInline).toList();
        List<MailAttachment> files = attachments.stream().filter(file -> !file.isInline()).toList();
        if (files.isEmpty()) {
            body(message, mail, inline);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart content = new MimeBodyPart();
            body(content, mail, inline);
            mixed.addBodyPart(content);
            for (MailAttachment file : files) {
                mixed.addBodyPart(part(file, Part.ATTACHMENT));
            }
            message.setContent(mixed);
        }
        if (mail.getUnsubscribeUrl() != null) {
            // RFC 8058: a mail client unsubscribes with one POST of "List-Unsubscribe=One-Click" to the address
            message.setHeader("List-Unsubscribe", "<" + mail.getUnsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Content-Language", mail.getLanguage().code());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    /** The readable part: the text alone, or the text and its HTML as alternatives, the HTML with its images. */
    private static void body(MimePart part, MailMessage mail, List<MailAttachment> inline) throws MessagingException {
        String html = mail.getHtmlBody() != null || inline.isEmpty() ? mail.getHtmlBody() : htmlOf(mail.getBody(), inline);
        if (html == null) {
            part.setText(mail.getBody(), "UTF-8");
            return;
        }
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), "UTF-8");
        alternatives.addBodyPart(text);
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, "UTF-8", "html");
        if (inline.isEmpty()) {
            alternatives.addBodyPart(htmlPart);
        } else {
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(htmlPart);
            for (MailAttachment image : inline) {
                related.addBodyPart(part(image, Part.INLINE));
            }
            MimeBodyPart relatedPart = new MimeBodyPart();
            relatedPart.setContent(related);
            alternatives.addBodyPart(relatedPart);
        }
        part.setContent(alternatives);
    }

    private static MimeBodyPart part(MailAttachment file, String disposition) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.getContent(), file.getContentType())));
        part.setFileName(file.getFileName());
        part.setDisposition(disposition);
        if (file.isInline()) {
            part.setContentID("<" + file.getContentId() + ">");
        }
        return part;
    }

    /** A text mail as HTML: its paragraphs escaped, its line breaks kept, and its images shown after it. */
    static String htmlOf(String text, List<MailAttachment> images) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(MailText.html(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        for (MailAttachment image : images) {
            html.append("<p><img src=\"cid:").append(image.getContentId()).append("\" alt=\"")
                    .append(MailText.html(image.getFileName())).append("\"></p>");
        }
        return html.append("</body></html>").toString();
    }
}
