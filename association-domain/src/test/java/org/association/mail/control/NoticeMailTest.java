package org.association.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.association.content.entity.Language;
import org.junit.jupiter.api.Test;

class NoticeMailTest {

    private static final String LINK = "https://example.org/unsubscribe?t=7.abc";

    @Test
    void theMailIsTheSanitizedBodyAsHtmlAndTextWithTheUnsubscribeLinkInTheRecipientsLanguage() {
        NoticeMail mail = NoticeMail.of("Annual\r\nBcc: all@example.org",
                "<p onclick=\"x()\">Come <b>now</b></p><script>x()</script>", Language.EN, LINK);
        assertEquals("Annual Bcc: all@example.org", mail.subject());
        assertEquals("Come now\n\n-- \nYou receive the association's notices. To receive no more:\n" + LINK + "\n", mail.text());
        assertTrue(mail.html().startsWith("<p>Come <b>now</b></p><hr>"), mail.html());
        assertTrue(mail.html().endsWith("<a href=\"" + LINK + "\">Unsubscribe</a></p>"), mail.html());
        assertFalse(mail.html().contains("script") || mail.html().contains("onclick"), mail.html());
        assertTrue(NoticeMail.of("通知", "<p>正文</p>", Language.ZH, LINK).text().contains("如不再接收"));
    }
}
