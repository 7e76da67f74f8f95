package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts screens over plain HTTP: invite, the link shown once, set a password, deactivation ends a session. */
class ConsoleAccountsTest extends ApiTestBase {

    private static final Pattern LINK = Pattern.compile("(http://[^<\"]+/set-password\\?token=[A-Za-z0-9_-]+)");
    private static final String GOOD = "monsoon river tea garden";
    private static final String PASSWORD = "test-password";

    private static String fresh(String name) {
        return name + "-" + (System.nanoTime() % 1_000_000);
    }

    /** Invites through the console as moe-admin; returns the set-password link shown on the account page. */
    private String inviteAsAdmin(ConsoleClient admin, String username) {
        admin.login("moe-admin", PASSWORD);
        assertThat(admin.get("/console/accounts").getStatus().value()).isEqualTo(200);
        assertThat(admin.lastBody).contains("href=\"/console/accounts\"")
                .containsPattern(ConsoleClient.input("name=\"roles\"", "id=\"invite-role-CASEWORKER\""));
        var invited = admin.post("/console/accounts", true, "agency", "moewoe", "username", username,
                "name", "Sabina Yasmin", "roles", "CASEWORKER");
        assertThat(invited.getStatus().value()).isEqualTo(303);
        assertThat(ConsoleClient.location(invited)).isEqualTo("/console/accounts/moewoe/" + username + "?done=invited");
        admin.get(ConsoleClient.location(invited));
        Matcher link = LINK.matcher(admin.lastBody);
        assertThat(link.find()).as("the page shows the one-time link").isTrue();
        admin.get("/console/accounts/moewoe/" + username);
        assertThat(LINK.matcher(admin.lastBody).find()).as("shown once only").isFalse();
        return link.group(1);
    }

    @Test
    void an_agency_admin_invites_the_person_sets_a_password_and_signs_in_until_deactivated() {
        var admin = new ConsoleClient(web);
        String username = fresh("sabina");
        String link = inviteAsAdmin(admin, username);
        String path = link.substring(link.indexOf("/set-password"));

        var person = new ConsoleClient(web);
        assertThat(person.get(path).getStatus().value()).isEqualTo(200);
        assertThat(person.lastBody).contains(username, "name=\"password\"", "name=\"token\"");
        String token = path.substring(path.indexOf("token=") + 6);
        var weak = person.post("/set-password", true, "token", token, "password", "password1234", "confirm", "password1234");
        assertThat(weak.getStatus().value()).isEqualTo(400);
        assertThat(person.lastBody).contains("many people use", "govuk-form-group--error");
        assertThat(person.post("/set-password", false, "token", token, "password", GOOD, "confirm", GOOD)
                .getStatus().value()).as("no CSRF token, no password").isEqualTo(403);
        assertThat(person.post("/set-password", true, "token", token, "password", GOOD, "confirm", GOOD)
                .getStatus().value()).isEqualTo(200);
        assertThat(person.lastBody).contains("Your password is set");
        assertThat(person.get(path).getStatus().value()).as("the link is used up").isEqualTo(410);

        assertThat(ConsoleClient.location(person.login(username, GOOD))).isEqualTo("/console");
        assertThat(person.get("/console").getStatus().value()).isEqualTo(200);

        admin.get("/console/accounts/moewoe/" + username);
        var deactivated = admin.post("/console/accounts/moewoe/" + username + "/deactivate", true, "reason", "left");
        assertThat(ConsoleClient.location(deactivated)).endsWith("?done=deactivate");
        var next = person.get("/console");
        assertThat(next.getStatus().is3xxRedirection()).as("the session ends at its next request").isTrue();
        assertThat(ConsoleClient.location(next)).endsWith("/login");
        assertThat(person.login(username, GOOD).getStatus().value()).isEqualTo(401);
    }

    @Test
    void a_refused_action_is_shown_on_the_form_and_staff_without_the_role_are_refused() {
        var admin = new ConsoleClient(web);
        admin.login("moe-admin", PASSWORD);
        admin.get("/console/accounts");
        var taken = admin.post("/console/accounts", true, "agency", "moewoe", "username", "moe-cw", "name", "X",
                "roles", "CASEWORKER");
        assertThat(taken.getStatus().value()).isEqualTo(409);
        assertThat(admin.lastBody).contains("This username is taken");
        var noRole = admin.post("/console/accounts", true, "agency", "moewoe", "username", fresh("x"), "name", "X");
        assertThat(noRole.getStatus().value()).isEqualTo(422);
        assertThat(admin.lastBody).contains("Choose one or more staff roles");
        assertThat(admin.post("/console/accounts", true, "agency", "iom-bd", "username", fresh("x"), "name", "X",
                "roles", "CASEWORKER").getStatus().value()).as("another agency").isEqualTo(403);

        var caseworker = new ConsoleClient(web);
        caseworker.login("moe-cw", PASSWORD);
        assertThat(caseworker.get("/console/accounts").getStatus().value()).isEqualTo(403);
        assertThat(caseworker.lastBody).doesNotContain("href=\"/console/accounts\"");
    }

    @Test
    void the_secretariat_admin_chooses_any_agency_and_a_broken_link_says_so() {
        var admin = new ConsoleClient(web);
        admin.login("admin", PASSWORD);
        admin.get("/console/accounts");
        assertThat(admin.lastBody).contains("name=\"agency\"", "value=\"iom-bd\"");
        assertThat(admin.get("/console/accounts?agency=iom-bd").getStatus().value()).isEqualTo(200);
        assertThat(admin.lastBody).contains("id=\"invite\"");
        var anyone = new ConsoleClient(web);
        assertThat(anyone.get("/set-password?token=nothing-valid").getStatus().value()).isEqualTo(410);
        assertThat(anyone.lastBody).contains("This link cannot be used");
    }
}
