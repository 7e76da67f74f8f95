package org.setu.infra.web.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.setu.infra.SetuApplication;
import org.setu.infra.support.KeycloakProcess;
import org.setu.infra.support.SetuTestProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console with an external issuer, a real Keycloak with the repository's realm: a person signs in there
 * (authorization code with PKCE S256, the console a public client) and lands on "My work" as their agency's
 * caseworker; the login page offers no password form; an account without an agency is refused on the login page,
 * never given an agency; signing out ends the console session. In Chromium, each screen checked by axe-core.
 */
@Tag("slow")
@SpringBootTest(classes = SetuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ConsoleIssuerLoginTest {

    private static final int PORT = freePort();
    private static KeycloakProcess keycloak;

    @BeforeAll
    static void startKeycloak() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Browser tests skipped: /usr/bin/chromium is missing");
        keycloak = KeycloakProcess.start(PORT, List.of(
                new KeycloakProcess.User("no-agency", "no-agency-pass", "CASEWORKER", null)));
    }

    @AfterAll
    static void stopKeycloak() throws Exception {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SetuTestProperties.freshStore(registry);
        registry.add("server.port", () -> PORT);
        registry.add("setu.auth.issuer-uri", () -> keycloak.issuer());
        registry.add("setu.auth.audience", () -> "setu-api");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer's own login form: Keycloak's page, filled and sent as a person would. */
    private static void signInAtKeycloak(Browser browser, String username, String password) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertThat(browser.driver.getCurrentUrl()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth")
                .contains("code_challenge=").contains("code_challenge_method=S256").contains("client_id=setu-console");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.id("kc-login")).click();
    }

    @Test
    void a_caseworker_signs_in_at_the_issuer_with_pkce_and_an_account_without_agency_is_refused() throws Exception {
        try (Browser browser = new Browser(PORT)) {
            browser.open("/login");
            assertThat(browser.all("#password")).as("no password form with an external issuer").isEmpty();
            BrowserTestBase.screen(browser, "en-30-login-with-issuer");
            browser.open("/login?lang=bn");
            assertThat(browser.lang()).isEqualTo("bn");
            BrowserTestBase.screen(browser, "bn-30-login-with-issuer");
            browser.open("/login?lang=en");

            browser.click("#issuer-login");
            signInAtKeycloak(browser, "amina", "amina-demo");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.urlToBe("http://localhost:" + PORT + "/console"));
            assertThat(browser.text()).contains("Amina Rahman (moewoe)");
            BrowserTestBase.screen(browser, "en-31-my-work-after-issuer-login");
            browser.logout();
            browser.open("/console");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        }
        try (Browser browser = new Browser(PORT)) {
            browser.open("/login");
            browser.click("#issuer-login");
            signInAtKeycloak(browser, "no-agency", "no-agency-pass");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.urlContains("/login?issuerRefused=true"));
            assertThat(browser.text()).contains("no access to Setu");
            BrowserTestBase.screen(browser, "en-32-issuer-login-refused");
            browser.open("/console");
            assertThat(browser.driver.getCurrentUrl()).as("nothing kept of the refused login").endsWith("/login");
        }
    }
}
