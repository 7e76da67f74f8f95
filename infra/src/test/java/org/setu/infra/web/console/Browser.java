package org.setu.infra.web.console;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a browser download), with a fresh profile;
 * saves screenshots and measurements under target/console-screenshots, and runs axe-core (vendored in the test
 * resources) on the page it shows.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path OUT = Path.of("target", "console-screenshots");
    private static final String AXE = axeSource();

    static {
        try {
            Files.deleteIfExists(OUT.resolve("measurements.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("setu-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1400", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90)).scriptTimeout(Duration.ofSeconds(60));
        Files.createDirectories(OUT);
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    /** Clicks a button that submits a form and waits until the next page has replaced this one. */
    void submit(String css) {
        WebElement page = find("html");
        clickFresh(css);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> gone(page));
    }

    /** Whether the element left the document (Chromium says so in two ways: stale, or "does not belong"). */
    static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    /**
     * Clicks, finding the element again if a partial update (htmx) replaced it between the find and the click
     * (Chromium then says the node "does not belong to the document").
     */
    private void clickFresh(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                find(css).click();
                return;
            } catch (WebDriverException replaced) {
                boolean stale = replaced instanceof StaleElementReferenceException
                        || String.valueOf(replaced.getMessage()).contains("does not belong to the document");
                if (!stale || attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    /** The text of an element that a partial update (htmx polling) may replace while it is read. */
    String textOf(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return find(css).getText();
            } catch (WebDriverException replaced) {
                boolean stale = replaced instanceof StaleElementReferenceException
                        || String.valueOf(replaced.getMessage()).contains("does not belong to the document");
                if (!stale || attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    void choose(String selectCss, String value) {
        find(selectCss + " option[value='" + value + "']").click();
    }

    String text() {
        return find("body").getText();
    }

    String lang() {
        return find("html").getAttribute("lang");
    }

    void login(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        submit("main button[type=submit]");
    }

    void logout() {
        submit("form[action='/logout'] button");
    }

    /** Saves the page as a PNG and returns it: the run leaves one image per screen for people to look at. */
    Path screenshot(String name) {
        try {
            Path file = OUT.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's violations of impact serious or critical on the page shown: id, impact and the offending nodes. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> seriousViolations() {
        driver.executeScript(AXE);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.html).slice(0, 3)}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));
                """);
        return (List<Map<String, Object>>) result;
    }

    /**
     * What the page weighs on a first load (compressed bytes of the document and everything it loaded, cached or
     * not) and when it first painted, appended to measurements.txt.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> measure(String name) {
        Map<String, Object> m = (Map<String, Object>) driver.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const res = performance.getEntriesByType('resource');
                const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
                return {bytes: nav.encodedBodySize + res.reduce((s, r) => s + r.encodedBodySize, 0),
                        html: nav.encodedBodySize, resources: res.length,
                        firstPaintMs: paint ? Math.round(paint.startTime) : -1,
                        loadedMs: Math.round(nav.loadEventEnd)};
                """);
        try {
            Files.writeString(OUT.resolve("measurements.txt"), name + " " + m + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
