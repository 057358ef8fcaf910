package org.association.mail.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import org.association.mail.entity.MailMessage;

/**
 * An outbox mail as the MIME message that goes out: UTF-8 plain text (and HTML for a notice), from the resource's address,
 * with its own Message-ID.
 */
public final class SmtpMessage {

    private SmtpMessage() {
    }

    public static MimeMessage of(Session session, MailMessage mail) throws MessagingException {
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
        if (mail.getHtmlBody() == null) {
            message.setText(mail.getBody(), "UTF-8");
        } else {
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.getBody(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.getHtmlBody(), "UTF-8", "html");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
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
}
