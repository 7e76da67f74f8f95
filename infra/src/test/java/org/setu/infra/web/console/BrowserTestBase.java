package org.setu.infra.web.console;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.setu.infra.web.ApiTestBase;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console tests in Debian's headless Chromium against the whole application; skipped, saying why, only when
 * /usr/bin/chromium is absent. Every screen a test reaches is photographed, checked with axe-core and weighed.
 */
abstract class BrowserTestBase extends ApiTestBase {

    static final String PASSWORD = "test-password";
    static final long MAX_FIRST_LOAD_BYTES = 150 * 1024;

    @LocalServerPort
    int serverPort;

    /** Per test, so that each one is reported as skipped with the reason. */
    @BeforeEach
    void chromium() {
        Assumptions.assumeTrue(Browser.available(), "Browser tests skipped: /usr/bin/chromium is missing "
                + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
        assertThat(Browser.CHROMEDRIVER).as("Chromium is installed but its driver is not: apt-get install -y chromium-driver")
                .isExecutable();
    }

    Browser browser() throws IOException {
        return new Browser(serverPort);
    }

    /** Photographs the screen, runs axe-core on it (no serious or critical violation) and weighs it (under 150 KB). */
    static void screen(Browser browser, String name) {
        browser.screenshot(name);
        assertThat(browser.seriousViolations()).as("serious or critical axe-core violations on %s", name).isEmpty();
        Map<String, Object> weight = browser.measure(name);
        assertThat(((Number) weight.get("bytes")).longValue()).as("first-load bytes of %s", name)
                .isPositive().isLessThan(MAX_FIRST_LOAD_BYTES);
    }
}
