package org.association.testing;

import org.openqa.selenium.support.PageFactory;

/**
 * A page of the site as the tests drive it: its elements are {@code @FindBy} fields, which Selenium's PageFactory looks up
 * again on every use, so that they stay good across the ajax updates of a PrimeFaces page.
 */
abstract class PageObject {

    protected final BrowserSession browser;

    protected PageObject(BrowserSession browser) {
        this.browser = browser;
        PageFactory.initElements(browser.driver(), this);
    }
}
