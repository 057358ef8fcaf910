package org.association.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.association.testing.Browser;
import org.association.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A reader's first look: the deployed EAR, opened in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeedActivityBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theHomePageListsTheSeedActivity() {
        browser.get(Browser.baseUrl() + "/");
        List<String> titles = browser.findElements(By.cssSelector(".article-title")).stream().map(WebElement::getText).toList();
        assertTrue(titles.contains("The Secretariat of Chengdu High-tech Medical Association held the 2023 work summary and "
                + "2024 work deployment meeting"), browser.getCurrentUrl() + " " + titles + "\n" + browser.getPageSource());
    }
}
