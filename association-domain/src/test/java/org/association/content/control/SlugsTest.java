package org.association.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SlugsTest {

    private static final LocalDateTime ADD_TIME = LocalDateTime.of(2024, 1, 25, 17, 30);

    @Test
    void takesTheLatinWordsOfTheTitle() {
        assertEquals("notice-on-the-2024-membership-dues", Slugs.suggest("Notice on the 2024 membership dues", ADD_TIME));
        assertEquals("cafe-meeting", Slugs.suggest("Café — Meeting!", ADD_TIME));
        assertEquals("2024-gp-cme-course", Slugs.suggest("2024年 GP CME course", ADD_TIME));
    }

    @Test
    void datesATitleWithoutLatinWords() {
        assertEquals("article-20240125-1730", Slugs.suggest("成都高新医学会秘书处召开工作总结会", ADD_TIME));
        assertEquals("article-20240125-1730", Slugs.suggest("2024", ADD_TIME));
        assertEquals("article-20240125-1730", Slugs.suggest(null, ADD_TIME));
    }

    @Test
    void keepsAtMostEightWords() {
        assertEquals("a-b-c-d-e-f-g-h", Slugs.suggest("a b c d e f g h i j", ADD_TIME));
    }

    @Test
    void suggestionsAreValidSlugs() {
        assertEquals(true, Slugs.suggest("  --Hello,   World--  ", ADD_TIME)
                .matches(org.association.content.entity.Channel.SLUG_PATTERN));
    }
}
