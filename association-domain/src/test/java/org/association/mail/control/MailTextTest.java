package org.association.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void fillsKnownPlaceholdersAndLeavesOthersAsWritten() {
        Map<String, String> values = new HashMap<>();
        values.put("name", "王芳 $1 \\");
        values.put("reason", null);
        assertEquals("Dear 王芳 $1 \\, {unknown} ()", MailText.fill("Dear {name}, {unknown} ({reason})", values));
    }

    @Test
    void aHeaderLineHasNoLineBreakWhateverTheNameHolds() {
        assertEquals("Hello Bcc: victim@example.org", MailText.headerLine("Hello\r\nBcc: victim@example.org", 200));
        assertEquals("a b", MailText.headerLine(" a\u2028\tb ", 200));
        assertEquals("abc", MailText.headerLine("abcdef", 3));
    }

    @Test
    void acceptsPlainAddressesOnly() {
        assertTrue(MailText.isAddress("li.ming+news@hospital.example.cn"));
        assertFalse(MailText.isAddress("li ming@example.org"));
        assertFalse(MailText.isAddress("a@example.org\r\nBcc: b@example.org"));
        assertFalse(MailText.isAddress("a@example.org, b@example.org"));
        assertFalse(MailText.isAddress("<a@example.org>"));
        assertFalse(MailText.isAddress("a@localhost"));
        assertFalse(MailText.isAddress("a..b@example.org"));
        assertFalse(MailText.isAddress(null));
    }
}
