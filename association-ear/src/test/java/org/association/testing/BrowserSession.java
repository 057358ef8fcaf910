package org.association.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test, started when the test first asks for it. When a test fails, its last
 * page (screenshot and HTML) is kept in target/browser-evidence for whoever reads the failure.
 */
public class BrowserSession implements AfterTestExecutionCallback, AfterEachCallback {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final String baseUrl;
    private WebDriver driver;

    /** A browser on the site the tests' own server serves. */
    public BrowserSession() {
        this(Browser.baseUrl());
    }

    /** A browser on the site at {@code baseUrl}, say one server of a deployment group. */
    public BrowserSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public WebDriver driver() {
        if (driver == null) {
            driver = Browser.start();
        }
        return driver;
    }

    /**
     * Makes every request of this browser wait {@code latency} more, as on a slow line, so that work which shows its
     * progress only after a moment (the back office's indicator) is long whatever this machine's speed.
     */
    public void slowNetwork(Duration latency) {
        HasCdp chromium = (HasCdp) driver();
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", latency.toMillis(),
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Opens a path of the site. */
    public WebDriver open(String path) {
        driver().get(baseUrl + path);
        return driver;
    }

    /** Opens a whole address, say of another server. */
    public WebDriver openUrl(String url) {
        driver().get(url);
        return driver;
    }

    public WebElement find(By by) {
        return waitUntil(browser -> browser.findElement(by));
    }

    /** Clicks what submits a whole page (no ajax) and waits for the next page to replace it. */
    public void submit(By button) {
        submit(find(button));
    }

    /** Clicks what submits a whole page (no ajax), say a page object's field, once it is there. */
    public void submit(WebElement button) {
        waitUntil(browser -> button.isDisplayed() ? Boolean.TRUE : null);
        // a mark on the old page: the next page is there when the mark is gone and it has loaded
        ((JavascriptExecutor) driver()).executeScript("window.associationOldPage = true;");
        button.click();
        waitUntil(browser -> (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return window.associationOldPage === undefined && document.readyState === 'complete';") ? Boolean.TRUE : null);
    }

    /** Clicks what sends an ajax request and waits until its answer is in the page. */
    public void click(By button) {
        click(find(button));
    }

    /** Clicks what sends an ajax request, say a page object's field, once it is there; waits for the answer. */
    public void click(WebElement button) {
        waitUntil(browser -> button.isDisplayed() ? Boolean.TRUE : null);
        button.click();
        waitForAjax();
    }

    /** Waits until PrimeFaces has no ajax request in flight and jQuery is idle. */
    public void waitForAjax() {
        waitUntil(browser -> (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")
                ? Boolean.TRUE : null);
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        WebDriver browser = driver();
        // what a timed-out wait saw, so that the report says it without the screenshot
        return new WebDriverWait(browser, WAIT)
                .withMessage(() -> "on " + browser.getCurrentUrl() + " titled \"" + browser.getTitle() + "\"")
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(condition);
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its label, through the menu's own widget, as a click would:
     * a change fires the menu's ajax (the widget's selectValue alone is silent).
     */
    public void choose(String id, String label) {
        waitUntil(browser -> (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return !!(window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]))", id) ? Boolean.TRUE : null);
        ((JavascriptExecutor) driver()).executeScript("var label = arguments[1];"
                + " var option = Array.from(document.getElementById(arguments[0] + '_input').options)"
                + ".find(o => o.text === label);"
                + " var menu = PrimeFaces.getWidgetById(arguments[0]); var before = menu.input.val();"
                + " menu.selectValue(option.value);"
                + " if (menu.input.val() !== before) { menu.triggerChange(); }", id, label);
        waitUntil(browser -> browser.findElement(By.id(id + "_label")).getText().equals(label) ? Boolean.TRUE : null);
        waitForAjax();
    }

    /** Replaces what a field holds. */
    public static void retype(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks through script: for items of overlays that an animation may still cover. */
    public void clickByScript(WebElement element) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                element);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (driver == null || context.getExecutionException().isEmpty()) {
            return;
        }
        Path folder = Path.of(System.getProperty("browser.profile.dir", "target/chromium-profile"))
                .resolveSibling("browser-evidence");
        Files.createDirectories(folder);
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource(),
                StandardCharsets.UTF_8);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
