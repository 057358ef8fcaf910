package org.association.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.association.testing.BrowserSession;
import org.association.testing.Deployments;
import org.association.testing.MailTesting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member's visit in headless Chromium (which asks for English): asks for a link, opens it from the mail, keeps their
 * record, signs out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberPortalBrowserIT {

    @RegisterExtension
    static final MailTesting SMTP = new MailTesting();

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithFixtures();
    }

    @Test
    void aMemberSignsInByTheMailedLinkChangesTheirMailAndSignsOut() {
        String address = MemberSignInIT.unique("browser");
        String[] member = MemberSignInIT.member("唐医生", address);
        WebDriver page = browser.open("/member/");
        browser.waitUntil(ExpectedConditions.urlContains("/member/sign-in.xhtml"));
        browser.find(By.id("signIn:email")).sendKeys(address);
        browser.submit(By.id("signIn:send"));
        assertTrue(browser.find(By.id("signIn:messages")).getText().contains(address), "told where the link went");

        String link = MemberSignInIT.link(SMTP.await(address, 1, 30).get(0));
        browser.open(link);
        browser.waitUntil(ExpectedConditions.urlMatches(".*/member/$"));
        assertEquals("唐医生", page.findElement(By.tagName("h1")).getText());
        assertEquals(member[1], page.findElement(By.id("memberNumber")).getText());

        browser.submit(By.id("nav-details"));
        browser.choose("mail:language", "English");
        page.findElement(By.cssSelector("#mail\\:notices .ui-chkbox-box")).click();
        browser.submit(By.id("mail:saveMail"));
        assertTrue(browser.find(By.id("messages")).getText().contains("Your mail settings are saved."));
        browser.open("/member/details.xhtml");
        assertEquals("English", browser.find(By.id("mail:language_label")).getText(), "the member's mail comes in English now");
        assertFalse(page.findElement(By.id("mail:notices_input")).isSelected(), "and no notices");

        browser.submit(By.id("signOut:signOutButton"));
        browser.waitUntil(ExpectedConditions.urlContains("/member/sign-in.xhtml?signedOut=true"));
        browser.open("/member/");
        browser.waitUntil(ExpectedConditions.urlContains("/member/sign-in.xhtml"));
    }
}
