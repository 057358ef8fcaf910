package org.association.testing;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver, both named explicitly so that Selenium
 * Manager never downloads a browser. A missing browser fails the test; it is never skipped.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() {
        String driverPath = required("webdriver.chrome.driver");
        String binary = required("chromium.binary");
        File profile = new File(System.getProperty("browser.profile.dir", "target/chromium-profile"),
                Long.toString(System.nanoTime()));
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=1280,1024",
                        "--user-data-dir=" + profile.getAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The site's base address as the server the tests started serves it. */
    public static String baseUrl() {
        return System.getProperty("association.base.url", "http://localhost:8080");
    }

    private static String required(String property) {
        String path = System.getProperty(property);
        if (path == null || !new File(path).canExecute()) {
            throw new IllegalStateException(property + " does not name an executable: " + path
                    + " (install Debian's chromium and chromium-driver, as .ci/run does)");
        }
        return path;
    }
}
