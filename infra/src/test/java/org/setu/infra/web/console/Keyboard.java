package org.setu.infra.web.console;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A person who uses the keyboard alone: reaches each control by Tab in the page's own order, types, moves through
 * radios and selects with the arrow keys, ticks with Space, presses Enter. The page is only read (to know when the
 * wanted control has focus), never clicked.
 */
final class Keyboard {

    /** More stops than any console page has: a control not reached by then is not reachable. */
    private static final int MAX_TABS = 400;

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses Tab until the control has focus (it may have it already); fails if Tab never reaches it. */
    WebElement tabTo(String css) {
        WebElement target = browser.find(css);
        for (int i = 0; i <= MAX_TABS; i++) {
            if (focused().equals(target)) {
                return target;
            }
            keys(Keys.TAB);
        }
        return fail("Tab never reaches %s", css);
    }

    void typeInto(String css, String text) {
        tabTo(css);
        keys(text);
    }

    /** A select: focus it, then the arrow keys until the wanted option is chosen. */
    void select(String css, String value) {
        WebElement select = tabTo(css);
        keys(Keys.HOME);
        for (int i = 0; i < 400 && !value.equals(select.getDomProperty("value")); i++) {
            keys(Keys.ARROW_DOWN);
        }
        assertThat(select.getDomProperty("value")).as("%s chosen with the arrow keys", css).isEqualTo(value);
    }

    /** A radio group: Tab enters it, the arrow keys move to (and choose) the wanted radio. */
    void radio(String name, String id) {
        String group = "input[type=radio][name='" + name + "']";
        tabTo(browser.all(group + ":checked").isEmpty() ? group : group + ":checked");
        for (int i = 0; i < 20 && !id.equals(focused().getDomAttribute("id")); i++) {
            keys(Keys.ARROW_DOWN);
        }
        if (!browser.find("#" + id).isSelected()) {
            keys(Keys.SPACE); // Tab into a group with none chosen focuses its first radio without choosing it
        }
        assertThat(browser.find("#" + id).isSelected()).as("radio %s chosen with the arrow keys", id).isTrue();
    }

    void tick(String css) {
        tabTo(css);
        keys(Keys.SPACE);
        assertThat(browser.find(css).isSelected()).as("%s ticked with Space", css).isTrue();
    }

    /** Enter on a link or a submit button, then waits until the next page has replaced this one. */
    void enter(String css) {
        WebElement page = browser.find("html");
        tabTo(css);
        keys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> Browser.gone(page));
    }

    private WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }
}
