package org.association.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.association.content.entity.Language;
import org.junit.jupiter.api.Test;

class SiteLinksTest {

    @Test
    void aSitePathCannotNameAnotherHost() {
        assertEquals("/evil.example/", SiteLinks.sitePath("//evil.example/"));
        assertEquals("/evil.example", SiteLinks.sitePath("/\\evil.example"));
        assertEquals("/evil.example", SiteLinks.sitePath("\t//evil.example"));
        assertEquals("/", SiteLinks.sitePath(""));
        assertEquals("/news?page=2", SiteLinks.sitePath("/news?page=2"));
    }

    @Test
    void theOtherLanguageIsAPathOfThisSite() {
        assertEquals("/evil.example/", SiteLinks.inLanguage(Language.ZH, "/en//evil.example/"));
        assertEquals("/en/evil.example/", SiteLinks.inLanguage(Language.EN, "//evil.example/"));
        assertEquals("/?q=1", SiteLinks.inLanguage(Language.ZH, "/en?q=1"));
        assertEquals("/en/news", SiteLinks.inLanguage(Language.EN, "/news"));
        assertEquals("/", SiteLinks.inLanguage(Language.ZH, "/en"));
    }

    @Test
    void theSwitchIsTakenOffAndThePageItNamesStays() {
        assertEquals("?id=5", SiteLinks.withoutLanguageSwitch("id=5&hl=en"));
        assertEquals("?kind=INDIVIDUAL&page=2", SiteLinks.withoutLanguageSwitch("kind=INDIVIDUAL&hl=zh&page=2"));
        assertEquals("?hlx=1", SiteLinks.withoutLanguageSwitch("hl&hlx=1"));
        assertEquals("", SiteLinks.withoutLanguageSwitch("hl=en"));
        assertEquals("", SiteLinks.withoutLanguageSwitch(null));
    }
}
