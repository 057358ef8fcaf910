package org.association.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsUnicodeNamesAsTheyAre() {
        assertEquals("大照片.jpg", FileNames.clean("大照片.jpg"));
        assertEquals("MTXX_MH20240126_153208206(1).jpg", FileNames.clean("MTXX_MH20240126_153208206(1).jpg"));
        assertEquals("赵会长.jpg", FileNames.clean("赵会长.jpg"));
    }

    @Test
    void dropsDirectoriesOfEitherKindAndTraversal() {
        assertEquals("passwd", FileNames.clean("../../etc/passwd"));
        assertEquals("报告.pdf", FileNames.clean("C:\\Users\\秘书处\\报告.pdf"));
        assertEquals("hidden", FileNames.clean("..hidden"));
    }

    @Test
    void dropsControlAndDirectionCharacters() {
        assertEquals("photo.jpg", FileNames.clean("pho\u0000to.jpg"));
        assertEquals("invoicefdp.exe", FileNames.clean("invoice\u202Efdp.exe"),
                "right-to-left override cannot disguise the extension");
        assertEquals("a b.txt", FileNames.clean("a\t\n  b.txt"));
    }

    @Test
    void fallsBackForEmptyNamesAndShortensLongOnesKeepingTheExtension() {
        assertEquals("file", FileNames.clean("   "));
        assertEquals("file", FileNames.clean(null));
        String longName = "名".repeat(400) + ".docx";
        String cleaned = FileNames.clean(longName);
        assertEquals(FileNames.MAX_LENGTH, cleaned.length());
        assertTrue(cleaned.endsWith(".docx"));
    }
}
