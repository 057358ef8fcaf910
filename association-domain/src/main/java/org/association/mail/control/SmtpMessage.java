package org.association.mail.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import org.association.mail.entity.MailMessage;

/** An outbox mail as the MIME message that goes out: UTF-8 plain text, from the resource's address, with its own Message-ID. */
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
        message.setText(mail.getBody(), "UTF-8");
        message.setHeader("Content-Language", mail.getLanguage().code());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }
}
