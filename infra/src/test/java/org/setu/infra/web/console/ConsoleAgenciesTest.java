package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat admin's agency screens over plain HTTP, through the API's own rules and refusals. */
class ConsoleAgenciesTest extends ApiTestBase {

    private static final String PASSWORD = "test-password";

    private static String fresh(String name) {
        return name + "-" + (System.nanoTime() % 1_000_000);
    }

    private static ConsoleClient admin(ConsoleClient client) {
        client.login("admin", PASSWORD);
        assertThat(client.get("/console/agencies").getStatus().value()).isEqualTo(200);
        return client;
    }

    @Test
    void the_secretariat_admin_registers_an_agency_and_a_district_not_in_the_list_is_marked_on_its_row() {
        var admin = admin(new ConsoleClient(web));
        assertThat(admin.lastBody).contains("href=\"/console/agencies\"", "href=\"/console/agencies/iom-bd\"",
                "id=\"register-districts-SHELTER\"");
        String id = fresh("ngo-shelter");
        var refused = admin.post("/console/agencies", true, "agencyId", id, "name", "Shelter Trust", "type", "NGO",
                "service", "SHELTER", "districts.SHELTER", "Dhaka, Dhakka", "languages.SHELTER", "bn");
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("Choose this from the list", "href=\"#register-districts-SHELTER\"",
                "id=\"register-districts-SHELTER-error\"", "value=\"Shelter Trust\"", "value=\"Dhaka, Dhakka\"");

        var registered = admin.post("/console/agencies", true, "agencyId", id, "name", "Shelter Trust", "type", "NGO",
                "service", "SHELTER", "districts.SHELTER", "ঢাকা, Cumilla", "languages.SHELTER", "bn",
                "service", "LEGAL_AID", "districts.LEGAL_AID", "Dhaka", "languages.LEGAL_AID", "en");
        assertThat(registered.getStatus().value()).isEqualTo(303);
        assertThat(ConsoleClient.location(registered)).isEqualTo("/console/agencies/" + id + "?done=agencyRegistered");
        admin.get(ConsoleClient.location(registered));
        assertThat(admin.lastBody).contains("The agency is registered.", "Shelter Trust", "value=\"Cumilla, Dhaka\"");
        get("/api/v1/agencies/" + id, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.services[?(@.serviceType=='SHELTER')].districts[*]").value(d ->
                        assertThat(d.toString()).contains("Dhaka", "Cumilla"));

        var again = admin.post("/console/agencies", true, "agencyId", id, "name", "Other", "type", "NGO");
        assertThat(again.getStatus().value()).isEqualTo(409);
        assertThat(admin.lastBody).contains("This agency is already registered.", "href=\"#register-agencyId\"");
        var reserved = admin.post("/console/agencies", true, "agencyId", "secretariat", "name", "X", "type", "NGO");
        assertThat(reserved.getStatus().value()).isEqualTo(409);
        assertThat(admin.lastBody).contains("This agency id is reserved.");
    }

    @Test
    void the_secretariat_admin_edits_suspends_reactivates_and_manages_staff_with_refusals_on_the_forms() {
        var admin = admin(new ConsoleClient(web));
        String id = fresh("ngo-edit");
        admin.post("/console/agencies", true, "agencyId", id, "name", "Edit Me", "type", "NGO",
                "service", "MEDICAL", "districts.MEDICAL", "Sylhet");
        String page = "/console/agencies/" + id;
        admin.get(page);
        var edited = admin.post(page + "/edit", true, "name", "Edited Name", "type", "NGO", "service", "MEDICAL",
                "districts.MEDICAL", "Sylhet, Khulna", "languages.MEDICAL", "bn");
        assertThat(ConsoleClient.location(edited)).isEqualTo(page + "?done=agency-edit");
        admin.get(ConsoleClient.location(edited));
        assertThat(admin.lastBody).contains("The profile is saved.", "Edited Name", "value=\"Khulna, Sylhet\"");

        var noReason = admin.post(page + "/suspend", true, "reason", "");
        assertThat(noReason.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("Enter this: it cannot be empty.", "href=\"#suspend-reason\"",
                "id=\"suspend-reason-error\"");
        assertThat(ConsoleClient.location(admin.post(page + "/suspend", true, "reason", "audit findings")))
                .isEqualTo(page + "?done=agency-suspend");
        admin.get(page + "?done=agency-suspend");
        assertThat(admin.lastBody).contains("The agency is suspended.", "id=\"reactivate\"").doesNotContain("id=\"suspend\"");
        assertThat(admin.post(page + "/suspend", true, "reason", "twice").getStatus().value()).isEqualTo(422);
        assertThat(admin.lastBody).contains("This agency is already suspended.");
        assertThat(ConsoleClient.location(admin.post(page + "/reactivate", true, "reason", "resolved")))
                .isEqualTo(page + "?done=agency-reactivate");
        get("/api/v1/agencies/" + id, "moe-cw").expectBody().jsonPath("$.active").isEqualTo(true);

        var noRoles = admin.post(page + "/staff", true, "staffId", "sabina", "name", "Sabina Yasmin");
        assertThat(noRoles.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("value=\"sabina\"", "Some of what you entered cannot be used");
        assertThat(ConsoleClient.location(admin.post(page + "/staff", true, "staffId", "sabina", "name", "Sabina Yasmin",
                "roles", "CASEWORKER"))).isEqualTo(page + "?done=agency-staff");
        admin.get(page);
        assertThat(admin.lastBody).as("the staff list").contains("id=\"staff-list\"", ">sabina<", ">Sabina Yasmin<", ">Caseworker<");
        var unknown = admin.post(page + "/staff-remove", true, "staffId", "nobody", "reason", "left");
        assertThat(unknown.getStatus().value()).isEqualTo(422);
        assertThat(admin.lastBody).contains("There is no such staff member.", "href=\"#staff-remove-staffId\"");
        assertThat(ConsoleClient.location(admin.post(page + "/staff-remove", true, "staffId", "sabina", "reason", "left")))
                .isEqualTo(page + "?done=agency-staff-remove");
        admin.get(page);
        assertThat(admin.lastBody).doesNotContain(">Sabina Yasmin<");
    }

    @Test
    void only_the_secretariat_admin_reaches_the_agency_screens_and_an_unknown_agency_is_the_404_page() {
        for (String user : new String[]{"moe-admin", "reviewer", "moe-cw"}) {
            var other = new ConsoleClient(web);
            other.login(user, PASSWORD);
            assertThat(other.get("/console/agencies").getStatus().value()).as(user).isEqualTo(403);
            assertThat(other.lastBody).doesNotContain("href=\"/console/agencies\"", "id=\"register\"");
            assertThat(other.get("/console/agencies/iom-bd").getStatus().value()).as(user).isEqualTo(403);
            assertThat(other.post("/console/agencies/iom-bd/suspend", true, "reason", "x").getStatus().value())
                    .as(user).isEqualTo(403);
        }
        get("/api/v1/agencies/iom-bd", "moe-cw").expectBody(Map.class).value(a -> assertThat(a.get("active")).isEqualTo(true));
        var admin = admin(new ConsoleClient(web));
        assertThat(admin.get("/console/agencies/no-such-agency").getStatus().value()).isEqualTo(404);
        assertThat(admin.lastBody).contains("Page not found");
        assertThat(admin.post("/console/agencies/iom-bd/suspend", false, "reason", "no token").getStatus().value())
                .as("no CSRF token").isEqualTo(403);
    }
}
