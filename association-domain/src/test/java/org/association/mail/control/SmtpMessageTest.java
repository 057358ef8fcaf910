package org.association.mail.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import org.association.content.entity.Language;
import org.association.mail.boundary.Mail;
import org.association.mail.entity.MailAttachment;
import org.association.mail.entity.MailCause;
import org.association.mail.entity.MailMessage;
import org.junit.jupiter.api.Test;

/** Mails built as the sender sends them, written out and parsed back with Jakarta Mail as a receiving client would. */
class SmtpMessageTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final byte[] ICS = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

    private final Session session = Session.getInstance(properties());

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.from", "office@association.example");
        return properties;
    }

    @Test
    void aTextMailWithoutFilesStaysOnePlainPart() throws Exception {
        MimeMessage read = roundTrip(mail(), List.of());
        assertTrue(read.isMimeType("text/plain"), read.getContentType());
        assertEquals("Dear Li,\n\nsee you there.", read.getContent());
    }

    @Test
    void fileAndInlineImageMakeMixedOverAlternativeWithTheImageRelatedToTheHtml() throws Exception {
        MailMessage mail = mail();
        MimeMessage read = roundTrip(mail, List.of(
                new MailAttachment(mail, 0, "会议-2026.ics", "text/calendar; charset=UTF-8; method=PUBLISH", null, ICS),
                new MailAttachment(mail, 1, "check-in.png", "image/png", "registration-image", PNG)));

        assertEquals(mail.getMessageId(), read.getMessageID(), "the stable Message-ID is kept");
        MimeMultipart mixed = assertInstanceOf(MimeMultipart.class, read.getContent());
        assertTrue(read.isMimeType("multipart/mixed"), read.getContentType());
        assertEquals(2, mixed.getCount());

        BodyPart content = mixed.getBodyPart(0);
        assertTrue(content.isMimeType("multipart/alternative"), content.getContentType());
        MimeMultipart alternatives = (MimeMultipart) content.getContent();
        assertEquals(2, alternatives.getCount());
        assertTrue(alternatives.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Dear Li,\n\nsee you there.", alternatives.getBodyPart(0).getContent());
        BodyPart relatedPart = alternatives.getBodyPart(1);
        assertTrue(relatedPart.isMimeType("multipart/related"), relatedPart.getContentType());
        MimeMultipart related = (MimeMultipart) relatedPart.getContent();
        assertEquals(2, related.getCount());
        String html = (String) related.getBodyPart(0).getContent();
        assertTrue(related.getBodyPart(0).isMimeType("text/html"));
        assertEquals("<!DOCTYPE html><html><body><p>Dear Li,</p><p>see you there.</p>"
                + "<p><img src=\"cid:registration-image\" alt=\"check-in.png\"></p></body></html>", html);
        BodyPart image = related.getBodyPart(1);
        assertTrue(image.isMimeType("image/png"), image.getContentType());
        assertEquals("<registration-image>", image.getHeader("Content-ID")[0]);
        assertEquals(Part.INLINE, image.getDisposition());
        assertEquals("check-in.png", image.getFileName());
        assertArrayEquals(PNG, bytes(image));

        BodyPart calendar = mixed.getBodyPart(1);
        assertTrue(calendar.isMimeType("text/calendar"), calendar.getContentType());
        assertTrue(calendar.getContentType().contains("method=PUBLISH"), calendar.getContentType());
        assertEquals(Part.ATTACHMENT, calendar.getDisposition());
        assertEquals("会议-2026.ics", calendar.getFileName(), "a Chinese name comes back whole (RFC 2231)");
        assertNull(calendar.getHeader("Content-ID"));
        assertArrayEquals(ICS, bytes(calendar));
    }

    @Test
    void aNoticeKeepsItsOwnHtmlAndUnsubscribeHeadersWithAFileAttached() throws Exception {
        MailMessage notice = new MailMessage(MailCause.NOTICE, Language.EN, "li@example.org", "Li", 7L, "News",
                "News text", LocalDateTime.of(2026, 12, 7, 9, 0)).notice("<p>News <b>html</b></p>",
                "https://site.example/unsubscribe?t=x");
        MimeMessage read = roundTrip(notice, List.of(new MailAttachment(notice, 0, "agenda.pdf", "application/pdf", null,
                PNG)));
        assertEquals("<https://site.example/unsubscribe?t=x>", read.getHeader("List-Unsubscribe", null));
        MimeMultipart mixed = (MimeMultipart) read.getContent();
        MimeMultipart alternatives = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertEquals("News text", alternatives.getBodyPart(0).getContent());
        assertEquals("<p>News <b>html</b></p>", alternatives.getBodyPart(1).getContent());
        assertEquals("agenda.pdf", mixed.getBodyPart(1).getFileName());
    }

    @Test
    void anInlineImageAloneGoesWithoutMixed() throws Exception {
        MailMessage mail = mail();
        MimeMessage read = roundTrip(mail, List.of(new MailAttachment(mail, 0, "code.png", "image/png", "code", PNG)));
        assertTrue(read.isMimeType("multipart/alternative"), read.getContentType());
        MimeMultipart related = (MimeMultipart) ((MimeMultipart) read.getContent()).getBodyPart(1).getContent();
        assertEquals("<code>", related.getBodyPart(1).getHeader("Content-ID")[0]);
    }

    @Test
    void theHtmlMadeFromTextEscapesItsMarkup() {
        assertEquals("<!DOCTYPE html><html><body><p>a &lt;b&gt; &amp; c<br>next</p></body></html>",
                SmtpMessage.htmlOf("a <b> & c\nnext\n", List.of()));
    }

    @Test
    void aFileNameWithLineBreaksIsOneLineAndABadTypeOrContentIdIsRefused() {
        Mail.Attachment cleaned = Mail.Attachment.file("a.ics\r\nBcc: x@example.org", "text/calendar", ICS);
        assertEquals("a.ics Bcc: x@example.org", cleaned.fileName());
        assertThrows(IllegalArgumentException.class, () -> Mail.Attachment.file("a.ics", "text/plain\r\nBcc: x@example.org",
                ICS));
        assertThrows(IllegalArgumentException.class, () -> Mail.Attachment.inline("id>\r\nX: y", "a.png", "image/png", PNG));
        assertThrows(IllegalArgumentException.class, () -> Mail.Attachment.file("\r\n", "image/png", PNG));
        assertThrows(IllegalArgumentException.class, () -> Mail.Attachment.file("big.bin", "application/octet-stream",
                new byte[Mail.Attachment.MAX_BYTES + 1]));
    }

    private MailMessage mail() {
        return new MailMessage(MailCause.EVENT_CONFIRMED, Language.EN, "li@example.org", "Li", null, "You are registered",
                "Dear Li,\n\nsee you there.", LocalDateTime.of(2026, 12, 7, 9, 0));
    }

    private MimeMessage roundTrip(MailMessage mail, List<MailAttachment> attachments) throws MessagingException, IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        SmtpMessage.of(session, mail, attachments).writeTo(written);
        return new MimeMessage(session, new ByteArrayInputStream(written.toByteArray()));
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
