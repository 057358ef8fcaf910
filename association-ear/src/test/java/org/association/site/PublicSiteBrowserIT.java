package org.association.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.association.testing.ApplicationForm;
import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A reader's visit in headless Chromium: menu, breadcrumb, lists, an article with photos, search, languages, applying. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void theMenuLeadsToTheActivitiesAndTheSeedActivity() {
        WebDriver page = browser.open("/en/");
        assertTrue(titles(page).contains(PublicSiteHttpIT.SEED_TITLE), "the home page lists the seed activity");
        WebElement service = browser.find(By.xpath("//nav[@class='site-menu']//a[span[normalize-space()='Service']]"));
        new Actions(page).moveToElement(service).perform();
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.linkText("Activities"))).click();
        browser.waitUntil(ExpectedConditions.urlContains("/en/activities"));
        assertEquals(List.of("Home", "Service", "Activities"), breadcrumb(page));
        assertEquals("Activities", page.findElement(By.tagName("h1")).getText());

        page.findElement(By.linkText(PublicSiteHttpIT.SEED_TITLE)).click();
        browser.waitUntil(ExpectedConditions.urlContains("/2024/01/25/work-summary-meeting"));
        assertEquals(PublicSiteHttpIT.SEED_TITLE, page.findElement(By.cssSelector("h1.article-heading")).getText());
        assertEquals("Author:管理员", page.findElement(By.cssSelector(".article-author")).getText());
        assertEquals("Addtime:2024-01-25", page.findElement(By.cssSelector(".article-addtime")).getText());
        assertEquals(List.of("Home", "Service", "Activities"), breadcrumb(page));
    }

    @Test
    void theSeedActivityShowsItsThreePhotosLargerOnClick() {
        WebDriver page = browser.open("/en" + PublicSiteHttpIT.SEED);
        // the three once the page is there (a fresh-clone run once read the page before its body)
        List<WebElement> inline = browser.waitUntil(driver -> {
            List<WebElement> images = driver.findElements(By.cssSelector(".article-body img"));
            return images.size() == 3 ? images : null;
        });
        inline.forEach(image -> assertFalse(image.getAttribute("alt").isBlank(), "every image has alt text"));
        List<WebElement> thumbnails = page.findElements(By.cssSelector(".photo-gallery img.photo-thumbnail"));
        assertEquals(3, thumbnails.size());
        thumbnails.get(2).click();
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".ui-galleria-thumbnail-item-current img"))
                .getAttribute("alt").equals(thumbnails.get(2).getAttribute("alt")) ? Boolean.TRUE : null);
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".ui-galleria-items")).getAttribute("style")
                .contains("-200%") ? Boolean.TRUE : null);
        assertTrue(page.findElement(By.cssSelector(".article-translation a")).getText().contains("Chinese"),
                "a link to the translation");
    }

    @Test
    void aLongChannelIsPagedTwentyAtATime() {
        Fixtures.channelWithArticles("paging", 45);
        WebDriver page = browser.open("/en/paging");
        assertEquals(20, page.findElements(By.cssSelector(".article-list li")).size());
        assertEquals("Fixture article 1 of paging", page.findElements(By.cssSelector(".article-title")).get(0).getText(),
                "newest first");
        page.findElement(By.cssSelector(".pager-next")).click();
        browser.waitUntil(ExpectedConditions.urlContains("page=2"));
        assertEquals("Fixture article 21 of paging", page.findElements(By.cssSelector(".article-title")).get(0).getText());
        page.findElement(By.cssSelector(".pager a.pager-page[href$='page=3']")).click();
        browser.waitUntil(ExpectedConditions.urlContains("page=3"));
        assertEquals(5, page.findElements(By.cssSelector(".article-list li")).size());
        assertEquals("3", page.findElement(By.cssSelector(".pager-current")).getText());
    }

    @Test
    void searchFindsEnglishAndChineseWords() {
        WebDriver page = browser.open("/en/");
        WebElement box = page.findElement(By.id("site-search-q"));
        box.sendKeys("Zhao Cong");
        box.submit();
        browser.waitUntil(ExpectedConditions.urlContains("/en/search?q=Zhao+Cong"));
        List<WebElement> results = page.findElements(By.cssSelector(".search-title"));
        assertEquals(PublicSiteHttpIT.SEED_TITLE, results.get(0).getText(), "the seed activity ranks first");
        assertFalse(page.findElements(By.cssSelector(".search-snippet mark")).isEmpty(), "the words are marked");

        page.findElement(By.cssSelector(".language-switch")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/search?q=Zhao"));
        WebElement chineseBox = page.findElement(By.id("site-search-q"));
        chineseBox.clear();
        chineseBox.sendKeys("会长");
        chineseBox.submit();
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/search?q=%E4%BC%9A%E9%95%BF") ? Boolean.TRUE : null);
        assertTrue(titles(page, ".search-title").contains("成都高新医学会秘书处召开2023年工作总结暨2024年工作部署会"));
        assertTrue(page.findElement(By.cssSelector(".search-count")).getText().contains("会长"));

        WebElement first = page.findElement(By.cssSelector(".search-title"));
        String title = first.getText();
        assertEquals("zh-CN", first.getAttribute("lang"), "a Chinese article's title is marked as Chinese");
        first.click();
        browser.waitUntil(driver -> driver.findElement(By.tagName("h1")).getText().equals(title) ? Boolean.TRUE : null);
    }

    @Test
    void theLanguageSwitchIsRememberedWithoutASession() {
        WebDriver page = browser.open("/en/activities");
        assertEquals("Home", page.findElement(By.cssSelector(".site-breadcrumb a")).getText());
        page.findElement(By.cssSelector(".language-switch")).click();
        browser.waitUntil(driver -> driver.findElement(By.tagName("h1")).getText().equals("学会活动") ? Boolean.TRUE : null);
        assertEquals("首页", page.findElement(By.cssSelector(".site-breadcrumb a")).getText());
        assertEquals("zh-CN", page.findElement(By.tagName("html")).getAttribute("lang"));

        browser.open("/en/notices");
        browser.waitUntil(ExpectedConditions.urlMatches(".*/notices$"));
        assertEquals("通知公告", page.findElement(By.tagName("h1")).getText(), "the choice of Chinese is remembered");
        assertTrue(page.manage().getCookies().stream().noneMatch(cookie -> cookie.getName().equals("JSESSIONID")), "no session");
    }

    @Test
    void theLeadershipAndSecretariatComeFromAppointments() {
        WebDriver page = browser.open("/leadership?hl=zh");
        String leaders = page.findElement(By.tagName("main")).getText();
        assertTrue(leaders.contains("会长") && leaders.contains("赵聪"), leaders);
        assertTrue(leaders.contains("副会长") && leaders.contains("程敏"));
        assertTrue(leaders.contains("秘书长") && leaders.contains("曾斌"));
        browser.open("/secretariat");
        String secretariat = page.findElement(By.tagName("main")).getText();
        assertTrue(secretariat.contains("综合部") && secretariat.contains("刘芳"), secretariat);
        browser.open("/directory");
        String directory = page.findElement(By.tagName("main")).getText();
        assertTrue(directory.contains("成都高新区人民医院"));
        assertFalse(directory.contains("成都高新康宁诊所"), "an institution that did not agree is not listed");
        assertFalse(directory.contains("office1@example.org"), "no contact data");
    }

    @Test
    void anApplicationIsCheckedFieldByFieldThenReceived() {
        ApplicationForm form = ApplicationForm.open(browser, "/en/join").submit();
        WebDriver page = browser.driver();
        assertEquals("Please fill this in.", form.message("name"));
        assertEquals("Please fill this in.", form.message("email"));

        form.fillIndividual("申请人 李华", "主治医师", "心内科", "12345", "成都高新区人民医院", "not-an-email", "13912345678")
                .submit();
        assertEquals("must be the 15 digits of the practising certificate", form.message("licenceNumber"));
        assertFalse(form.message("email").isBlank(), "a bad email is refused");
        assertEquals("申请人 李华", form.name(), "nothing typed is lost");

        form.retypeLicenceNumber("110510100099887").retypeEmail("li.hua@example.org").submit();
        assertEquals("Please agree, so that we may keep your details.", form.firstError());
        form.agree().submit();
        assertTrue(page.getCurrentUrl().endsWith("/en/join/thanks"), page.getCurrentUrl());
        assertEquals("Thank you for your application", page.findElement(By.tagName("h1")).getText());
    }

    private static List<String> breadcrumb(WebDriver page) {
        return page.findElements(By.cssSelector(".site-breadcrumb li a, .site-breadcrumb li span.ui-menuitem-text")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).distinct().toList();
    }

    private static List<String> titles(WebDriver page) {
        return titles(page, ".article-title");
    }

    private static List<String> titles(WebDriver page, String selector) {
        return page.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }
}
