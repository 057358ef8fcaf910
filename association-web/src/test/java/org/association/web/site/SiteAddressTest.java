package org.association.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.association.content.entity.Channel;
import org.association.content.entity.Language;
import org.association.web.site.SiteAddress.Kind;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void readsLanguageFromThePrefix() {
        assertEquals(new SiteAddress(Language.ZH, "/", Kind.HOME, null, null, 0, 0, 0), SiteAddress.parse("/"));
        assertEquals(new SiteAddress(Language.EN, "/", Kind.HOME, null, null, 0, 0, 0), SiteAddress.parse("/en"));
        assertEquals(new SiteAddress(Language.EN, "/", Kind.HOME, null, null, 0, 0, 0), SiteAddress.parse("/en/"));
        SiteAddress notAPrefix = SiteAddress.parse("/english");
        assertEquals(Language.ZH, notAPrefix.language(), "only /en itself is the prefix");
        assertEquals("english", notAPrefix.channelSlug());
    }

    @Test
    void takesArticleAddressesApart() {
        SiteAddress address = SiteAddress.parse("/en/activities/2024/01/25/work-summary-meeting");
        assertEquals(Language.EN, address.language());
        assertEquals(Kind.ARTICLE, address.kind());
        assertEquals("activities", address.channelSlug());
        assertEquals("work-summary-meeting", address.articleSlug());
        assertEquals(2024, address.year());
        assertEquals(1, address.month());
        assertEquals(25, address.day());
    }

    @Test
    void knowsChannelsFeedsSearchAndConfirmations() {
        assertEquals(Kind.CHANNEL, SiteAddress.parse("/activities").kind());
        assertEquals(Kind.CHANNEL, SiteAddress.parse("/activities/").kind());
        assertEquals(Kind.SEARCH, SiteAddress.parse("/en/search").kind());
        assertEquals(Kind.FEED, SiteAddress.parse("/feed.atom").kind());
        assertEquals(Kind.CHANNEL_FEED, SiteAddress.parse("/notices/feed.atom").kind());
        assertEquals(Kind.THANKS, SiteAddress.parse("/join/thanks").kind());
        assertEquals(Kind.OTHER, SiteAddress.parse("/activities/2024/1/25/x").kind());
        assertEquals(Kind.OTHER, SiteAddress.parse("/Activities").kind());
        assertEquals(Kind.OTHER, SiteAddress.parse("/../etc/passwd").kind());
    }

    @Test
    void eventAddressesLieUnderEventsAndNoChannelTakesThem() {
        assertEquals(Kind.EVENTS, SiteAddress.parse("/events").kind());
        assertEquals(Kind.EVENTS, SiteAddress.parse("/en/events/").kind());
        assertEquals(Kind.PAST_EVENTS, SiteAddress.parse("/en/events/past").kind());
        assertEquals(Kind.EVENT_MANAGE, SiteAddress.parse("/events/manage").kind());
        SiteAddress event = SiteAddress.parse("/en/events/cardiology-2027");
        assertEquals(Kind.EVENT, event.kind());
        assertEquals("cardiology-2027", event.articleSlug());
        assertEquals(Language.EN, event.language());
        SiteAddress calendar = SiteAddress.parse("/events/cardiology-2027.ics");
        assertEquals(Kind.EVENT_CALENDAR, calendar.kind());
        assertEquals("cardiology-2027", calendar.articleSlug());
        assertEquals(Kind.EVENTS_CALENDAR, SiteAddress.parse("/en/events.ics").kind());
        assertEquals(Kind.OTHER, SiteAddress.parse("/events/Cardiology").kind());
        assertEquals(Kind.OTHER, SiteAddress.parse("/events/.ics").kind());
        assertEquals(Kind.OTHER, SiteAddress.parse("/events/a/b").kind());
    }

    @Test
    void aCertificateIsFoundByItsCodeAlone() {
        String code = "AbCdEfGhIjKlMnOpQrStUvWxYz012_-9";
        SiteAddress page = SiteAddress.parse("/en/certificates/" + code);
        assertEquals(Kind.CERTIFICATE, page.kind());
        assertEquals(code, page.articleSlug());
        assertEquals(Language.EN, page.language());
        SiteAddress pdf = SiteAddress.parse("/certificates/" + code + ".pdf");
        assertEquals(Kind.CERTIFICATE_PDF, pdf.kind());
        assertEquals(code, pdf.articleSlug());
        assertEquals(Kind.OTHER, SiteAddress.parse("/certificates/" + code.substring(1)).kind());
        assertEquals(Kind.OTHER, SiteAddress.parse("/certificates/" + code.replace('A', '%')).kind());
        assertEquals(Kind.OTHER, SiteAddress.parse("/certificates/" + code + "/x").kind());
        assertEquals(Kind.CHANNEL, SiteAddress.parse("/certificates").kind(), "no certificate without a code");
    }

    @Test
    void aMembershipCertificateIsFoundBesideTheCmeCertificatesByItsSignedCode() {
        String code = "4711.AbCdEfGhIjKlMnOpQrStUvWxYz012_-9AbCdEfGhIjK";
        assertEquals(new SiteAddress(Language.EN, "/certificates/membership/" + code, Kind.MEMBERSHIP_CERTIFICATE, null, code,
                0, 0, 0), SiteAddress.parse("/en/certificates/membership/" + code));
        for (String other : List.of(code.substring(0, code.length() - 1), "x" + code, code + "/x", "")) {
            assertEquals(Kind.OTHER, SiteAddress.parse("/certificates/membership/" + other).kind(), other);
        }
    }

    @Test
    void slugsAreWhatTheEntitiesAllow() {
        for (String text : List.of("news", "a", "2024", "work-summary-meeting", "a1-b2-c3", "", "-news", "news-",
                "work--summary", "News", "news_2", "新闻", "news.atom", "news ")) {
            assertEquals(text.matches(Channel.SLUG_PATTERN), SiteAddress.isSlug(text), text);
        }
    }

    @Test
    void articleDatesAreDigitsOfTheirLength() {
        assertEquals(Kind.ARTICLE, SiteAddress.parse("/news/2024/01/25/x").kind());
        for (String path : List.of("/news/24/01/25/x", "/news/2024/1a/25/x", "/news/2024/01/+5/x", "/news/2024/01/25/",
                "/news/2024/01/25/x/", "/news/2024/01/25/X", "news/2024/01/25/x", "/news//01/25/x")) {
            assertEquals(Kind.OTHER, SiteAddress.parse(path).kind(), path);
        }
    }

    @Test
    void linksAndAddressesAgree() {
        String link = SiteLinks.article(Language.EN, "activities", LocalDateTime.of(2024, 1, 25, 17, 30), "work-summary-meeting");
        assertEquals("/en/activities/2024/01/25/work-summary-meeting", link);
        assertEquals("work-summary-meeting", SiteAddress.parse(link).articleSlug());
        assertEquals("/activities/2024/01/25/work-summary-meeting", SiteLinks.inLanguage(Language.ZH, link));
        assertEquals("/en/", SiteLinks.inLanguage(Language.EN, "/"));
        assertEquals("/", SiteLinks.inLanguage(Language.ZH, "/en"));
        assertEquals("/en/search?q=%E4%BC%9A%E9%95%BF", SiteLinks.search(Language.EN, "会长", 1));
        assertEquals("/notices?page=3", SiteLinks.channel(Language.ZH, "notices", 3));
    }
}
