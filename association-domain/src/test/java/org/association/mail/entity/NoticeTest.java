package org.association.mail.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.association.content.entity.Language;
import org.junit.jupiter.api.Test;

class NoticeTest {

    @Test
    void aRecipientReadsTheirLanguageElseTheOther() {
        Notice chineseOnly = new Notice();
        chineseOnly.setSubjectZh("年会");
        chineseOnly.setBodyZh("<p>年会</p>");
        assertEquals(Language.ZH, chineseOnly.languageFor(Language.EN));
        assertEquals(Language.ZH, chineseOnly.languageFor(Language.ZH));
        chineseOnly.setSubjectEn("Meeting");
        chineseOnly.setBodyEn("<p>Meeting</p>");
        assertEquals(Language.EN, chineseOnly.languageFor(Language.EN));
    }

    @Test
    void aNoticeNeedsASubjectAndTextInOneLanguageAtLeastAndNeitherWithoutTheOther() {
        Notice notice = new Notice();
        assertFalse(notice.isWritten());
        notice.setSubjectEn("Meeting");
        assertFalse(notice.isWritten(), "a subject without its text");
        notice.setBodyEn("<p>Meeting</p>");
        assertTrue(notice.isWritten());
        notice.setBodyZh("<p>年会</p>");
        assertFalse(notice.isWritten(), "a text without its subject");
    }

    @Test
    void progressCountsTheQueuedAndTheLastMemberDoneUntilItIsSent() {
        Notice notice = new Notice();
        notice.schedule(LocalDateTime.of(2027, 3, 1, 9, 0));
        assertEquals(NoticeStatus.SCHEDULED, notice.getStatus());
        notice.progress(250, 240, LocalDateTime.of(2027, 3, 1, 9, 3));
        notice.progress(400, 150, LocalDateTime.of(2027, 3, 1, 9, 3));
        assertEquals(NoticeStatus.SENDING, notice.getStatus());
        assertEquals(400, notice.getExpandedTo());
        assertEquals(390, notice.getQueued());
        assertFalse(notice.isEditable());
        notice.expanded();
        assertEquals(NoticeStatus.SENT, notice.getStatus());
        assertEquals(null, notice.getLeaseUntil());
    }
}
