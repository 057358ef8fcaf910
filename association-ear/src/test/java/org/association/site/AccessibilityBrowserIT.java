package org.association.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.association.testing.Accessibility;
import org.association.testing.ApplicationForm;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Every public page and the sign-in page, as axe sees them in Chromium: WCAG 2.2 AA with no violation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    /** Each kind of public page in Chinese, the ones a reader may start from in English too, and the sign-in page. */
    private static final List<String> PAGES = List.of(
            "/?hl=zh", "/activities?hl=zh", PublicSiteHttpIT.SEED + "?hl=zh", "/search?q=%E4%BC%9A%E9%95%BF&hl=zh",
            "/leadership?hl=zh", "/secretariat?hl=zh", "/directory?hl=zh", "/join?hl=zh", "/join?kind=institution&hl=zh",
            "/en/?hl=en", "/en/activities?hl=en", "/en" + PublicSiteHttpIT.SEED + "?hl=en", "/en/search?q=Zhao+Cong&hl=en",
            "/en/leadership?hl=en", "/en/join?hl=en", "/en/join?kind=institution&hl=en", "/account/login.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void everyPublicPageAndTheSignInPageMeetWcag22AA() {
        List<String> violations = new ArrayList<>();
        for (String path : PAGES) {
            WebDriver page = browser.open(path);
            browser.find(By.tagName("h1"));
            browser.waitForAjax();
            Accessibility.wcagViolations(page).forEach(violation -> violations.add(path + ": " + violation));
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void theRefusedApplicationFormMeetsWcag22AAWithItsMessagesShown() {
        for (String path : List.of("/join?hl=zh", "/en/join?hl=en")) {
            ApplicationForm form = ApplicationForm.open(browser, path).submit();
            WebDriver page = browser.driver();
            assertFalse(form.message("name").isBlank(), "a message beside the name");
            List<String> violations = Accessibility.wcagViolations(page);
            assertEquals(List.of(), violations, path + ":\n" + String.join("\n", violations));
        }
    }

    @Test
    void everyFieldOfTheApplicationIsDescribedByElementsThatExist() {
        ApplicationForm.open(browser, "/en/join?hl=en").submit();
        WebDriver page = browser.driver();
        List<WebElement> described = page.findElements(By.cssSelector("#application [aria-describedby]"));
        assertTrue(described.size() >= 8, "the fields name their messages: " + described.size());
        List<String> missing = new ArrayList<>();
        for (WebElement field : described) {
            for (String id : field.getAttribute("aria-describedby").split("\\s+")) {
                if (page.findElements(By.id(id)).isEmpty()) {
                    missing.add(field.getAttribute("id") + " -> " + id);
                }
            }
        }
        assertEquals(List.of(), missing);
        String licence = page.findElement(By.id("application:licenceNumber")).getAttribute("aria-describedby");
        assertTrue(licence.contains("application:licenceNumber-hint"), "the hint describes its field: " + licence);
        assertEquals("Please fill this in.", describedBy(page, "application:name"), "the message describes its field");
    }

    @Test
    void theApplicationFormSaysWhatEachFieldHoldsForAutofill() {
        WebDriver page = browser.open("/en/join?hl=en");
        assertEquals("name", page.findElement(By.id("application:name")).getAttribute("autocomplete"));
        assertEquals("email", page.findElement(By.id("application:email")).getAttribute("autocomplete"));
        assertEquals("tel", page.findElement(By.id("application:phone")).getAttribute("autocomplete"));
        assertEquals("organization", page.findElement(By.id("application:employer")).getAttribute("autocomplete"));
        assertEquals("street-address", page.findElement(By.id("application:address")).getAttribute("autocomplete"));
        browser.open("/en/join?kind=institution&hl=en");
        assertEquals("organization", page.findElement(By.id("application:name")).getAttribute("autocomplete"));
        assertEquals("url", page.findElement(By.id("application:website")).getAttribute("autocomplete"));
    }

    @Test
    void theGalleriasThumbnailArrowsHaveNames() {
        WebDriver page = browser.open("/en" + PublicSiteHttpIT.SEED + "?hl=en");
        List<WebElement> arrows = browser.waitUntil(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".photo-gallery .ui-galleria-thumbnail-prev,"
                    + " .photo-gallery .ui-galleria-thumbnail-next"));
            return found.size() == 2 ? found : null;
        });
        assertEquals(List.of("Earlier photos", "Later photos"),
                arrows.stream().map(arrow -> arrow.getAttribute("aria-label")).toList());
        assertEquals(List.of(), Accessibility.violationsOf(page, List.of("button-name")));
    }

    @Test
    void theCharsetComesFirstInEveryKindOfPage() {
        for (String path : List.of("/", "/en/", "/en" + PublicSiteHttpIT.SEED, "/en/join", "/account/login.xhtml")) {
            byte[] body = Http.get(path).body().getBytes(StandardCharsets.UTF_8);
            String start = new String(body, 0, Math.min(1024, body.length), StandardCharsets.UTF_8);
            assertTrue(start.contains("<meta charset=\"UTF-8\""), path + " names its charset in its first 1024 bytes: " + start);
        }
    }

    private static String describedBy(WebDriver page, String id) {
        return (String) ((JavascriptExecutor) page).executeScript(
                "return arguments[0].getAttribute('aria-describedby').split(' ')"
                        + ".map(part => document.getElementById(part).textContent.trim()).filter(text => text).join(' ');",
                page.findElement(By.id(id)));
    }
}
