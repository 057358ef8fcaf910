package org.association.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentServletTest {

    @Test
    void namesTheFileInAsciiAndInUtf8() {
        assertEquals("inline; filename=\"___.jpg\"; filename*=UTF-8''%E8%B5%B5%E4%BC%9A%E9%95%BF.jpg",
                AttachmentServlet.contentDisposition("inline", "赵会长.jpg"));
        assertEquals("attachment; filename=\"MTXX_MH20240126_153208206(1).jpg\"; "
                + "filename*=UTF-8''MTXX_MH20240126_153208206%281%29.jpg",
                AttachmentServlet.contentDisposition("attachment", "MTXX_MH20240126_153208206(1).jpg"));
    }

    @Test
    void quotesCannotBreakOutOfTheHeader() {
        assertEquals("attachment; filename=\"a_; b_.pdf\"; filename*=UTF-8''a%22%3B%20b%5C.pdf",
                AttachmentServlet.contentDisposition("attachment", "a\"; b\\.pdf"));
    }
}
