package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data-sharing agreements on the console: created, amended and revoked through the API's own handler, refusals on the
 * form, and the partner's webhooks shown (where its data goes) without a secret.
 */
class ConsoleAgreementsTest extends ApiTestBase {

    private static final String PASSWORD = "test-password";

    private static final String PARTNER = "console-partner";
    private static final Pattern CREATED = Pattern.compile("/console/agreements/(A[A-Za-z0-9-]+)\\?done=agreementCreated");
    private static final String LAST_DAY = LocalDate.now(ZoneId.of("Asia/Dhaka")).plusDays(90).toString();

    @Test
    void the_secretariat_admin_creates_amends_and_revokes_an_agreement_and_sees_where_the_data_goes() {
        var admin = new ConsoleClient(web);
        admin.login("admin", PASSWORD);
        assertThat(admin.get("/console/agreements").getStatus().value()).isEqualTo(200);
        assertThat(admin.lastBody).contains("href=\"/console/agreements\"", "id=\"create\"")
                .containsPattern(ConsoleClient.input("value=\"*\"", "id=\"create-eventTypes-all\""));

        var noCategory = admin.post("/console/agreements", true, "partner", PARTNER, "eventTypes", "*",
                "identifiers", "PSEUDONYMOUS", "validUntil", LAST_DAY);
        assertThat(noCategory.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("href=\"#create-categories\"", "id=\"create-categories-error\"",
                "value=\"console-partner\"");
        var anAgency = admin.post("/console/agreements", true, "partner", "iom-bd", "eventTypes", "*",
                "categories", "LABOUR_EXPLOITATION", "identifiers", "PSEUDONYMOUS", "validUntil", LAST_DAY);
        assertThat(anAgency.getStatus().value()).isEqualTo(422);
        assertThat(admin.lastBody).contains("A partner cannot also be an agency.", "href=\"#create-partner\"");

        var created = admin.post("/console/agreements", true, "partner", PARTNER,
                "eventTypes", "org.setu.case.lead-transferred.v1", "categories", "LABOUR_EXPLOITATION",
                "identifiers", "NONE", "validFrom", "২০২০-০১-০১", "validUntil", LAST_DAY);
        assertThat(created.getStatus().value()).isEqualTo(303);
        Matcher id = CREATED.matcher(ConsoleClient.location(created));
        assertThat(id.matches()).as(ConsoleClient.location(created)).isTrue();
        String page = "/console/agreements/" + id.group(1);
        get("/api/v1/agreements", "admin").expectStatus().isOk().expectBody()
                .jsonPath("$.agreements[?(@.agreementId=='" + id.group(1) + "')].terms.validFrom")
                .isEqualTo(List.of("2019-12-31T18:00:00Z"));

        String hook = registerWebhook();
        admin.get(page + "?done=agreementCreated");
        assertThat(admin.lastBody).contains("The agreement is created.", "In force", "http://127.0.0.1:9/console-hook",
                "value=\"" + LAST_DAY + "\"").doesNotContain("whsec_", hook);

        var noReason = admin.post(page + "/amend", true, "eventTypes", "*", "categories", "LABOUR_EXPLOITATION",
                "identifiers", "NONE", "validUntil", LAST_DAY);
        assertThat(noReason.getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("href=\"#amend-reason\"", "id=\"amend-reason-error\"");
        assertThat(ConsoleClient.location(admin.post(page + "/amend", true, "eventTypes", "*",
                "categories", "LABOUR_EXPLOITATION", "categories", "TRAFFICKING", "identifiers", "NONE",
                "validUntil", LAST_DAY, "reason", "adds trafficking"))).isEqualTo(page + "?done=agreement-amend");
        admin.get(page);
        assertThat(admin.lastBody).containsPattern(ConsoleClient.input("value=\"TRAFFICKING\"",
                "id=\"amend-categories-TRAFFICKING\"", "checked"));

        assertThat(admin.post(page + "/revoke", true, "reason", "").getStatus().value()).isEqualTo(400);
        assertThat(admin.lastBody).contains("href=\"#revoke-reason\"");
        assertThat(ConsoleClient.location(admin.post(page + "/revoke", true, "reason", "study ended")))
                .isEqualTo(page + "?done=agreement-revoke");
        admin.get(page);
        assertThat(admin.lastBody).contains("Revoked", "study ended").doesNotContain("id=\"revoke\"", "id=\"amend\"");
        assertThat(admin.post(page + "/revoke", true, "reason", "again").getStatus().value()).isEqualTo(422);
        assertThat(admin.lastBody).contains("This agreement was revoked.");
        assertThat(admin.get("/console/agreements/Anone-such").getStatus().value()).isEqualTo(404);
    }

    @Test
    void the_partners_webhooks_are_for_the_secretariat_admin_only_and_other_staff_get_no_agreement_screens() {
        get("/api/v1/agreements/Anone-such/webhooks", "admin").expectStatus().isNotFound();
        get("/api/v1/agreements/Anone-such/webhooks", "reviewer").expectStatus().isForbidden();
        for (String user : new String[]{"moe-admin", "reviewer"}) {
            var other = new ConsoleClient(web);
            other.login(user, PASSWORD);
            assertThat(other.get("/console/agreements").getStatus().value()).as(user).isEqualTo(403);
            assertThat(other.lastBody).doesNotContain("href=\"/console/agreements\"");
        }
    }

    /** The partner registers a webhook itself (only it may); answers the secret shown to it once. */
    private String registerWebhook() {
        String token = (String) web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=" + PARTNER + "&client_secret=partner-secret")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token");
        return (String) web.post().uri("/api/v1/webhooks").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", "http://127.0.0.1:9/console-hook"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("secret");
    }
}
