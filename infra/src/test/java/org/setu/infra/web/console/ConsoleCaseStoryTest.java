package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page's history in plain language and the lead transfer, over plain HTTP (no script), with need-to-know:
 * each agency is told only what its own view of the case shows; an unrelated agency gets the 404 page.
 */
class ConsoleCaseStoryTest extends ApiTestBase {

    static final String PASSWORD = "test-password";

    @Test
    void the_history_tells_each_agency_only_what_its_view_shows() {
        String caseId = openCase();
        refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        refer(caseId, "moe-cw", "ngo-a", "PSYCHOSOCIAL");
        post("/api/v1/cases/" + caseId + "/notes", "moe-cw", Map.of("visibility", "LEAD_AGENCY", "text", "lead only"))
                .expectStatus().isCreated();
        var lead = new ConsoleClient(web);
        lead.login("moe-cw", PASSWORD);
        lead.get("/console/cases/" + caseId);
        String leadHistory = history(lead.lastBody);
        // Names compared in lower case: other tests of the shared application rename agencies (MoEWOE).
        assertThat(leadHistory).contains("moe-cw (moewoe) opened the case.",
                "moe-cw (moewoe) referred the case to iom-bd for reintegration.",
                "moe-cw (moewoe) referred the case to ngo-a for psychosocial support",
                "moe-cw (moewoe) added a note (lead agency only)");

        var iom = new ConsoleClient(web);
        iom.login("iom-fp", PASSWORD);
        iom.get("/console/cases/" + caseId);
        String iomHistory = history(iom.lastBody);
        assertThat(iomHistory).as("another agency's staff are named by their agency only")
                .contains("moewoe opened the case.", "moewoe referred the case to iom-bd for reintegration.")
                .doesNotContain("moe-cw", "ngo-a", "added a note", "consent");

        var outsider = new ConsoleClient(web);
        outsider.login("out-cw", PASSWORD);
        assertThat(outsider.get("/console/cases/" + caseId).getStatus().value()).isEqualTo(404);
        assertThat(outsider.lastBody).contains("Page not found").doesNotContain("opened the case", "Rahima");
    }

    @Test
    void the_lead_focal_point_offers_the_lead_and_the_offered_agency_takes_it_from_its_own_page() {
        String caseId = openCase();
        var caseworker = new ConsoleClient(web);
        caseworker.login("moe-cw", PASSWORD);
        caseworker.get("/console/cases/" + caseId);
        assertThat(caseworker.lastBody).as("only focal points offer the lead").doesNotContain("id=\"lead-transfer\"");

        var focal = new ConsoleClient(web);
        focal.login("moe-fp", PASSWORD);
        focal.get("/console/cases/" + caseId);
        assertThat(focal.lastBody).contains("id=\"lead-transfer\"");
        var noReason = focal.post("/console/cases/" + caseId + "/lead-transfer", true, "toAgency", "iom-bd");
        assertThat(noReason.getStatus().value()).isEqualTo(400);
        assertThat(focal.lastBody).contains("govuk-form-group--error", "id=\"lead-transfer-reason-error\"");
        var offered = focal.post("/console/cases/" + caseId + "/lead-transfer", true, "toAgency", "iom-bd",
                "reason", "IOM runs the reintegration");
        assertThat(ConsoleClient.location(offered)).endsWith("?done=lead");
        focal.get(ConsoleClient.location(offered));
        assertThat(focal.lastBody.toLowerCase()).contains("the lead is offered to iom-bd; waiting for its answer.",
                "moe-fp (moewoe) offered the lead of the case to iom-bd.").doesNotContain("id=\"lead-transfer\"");

        var bystander = new ConsoleClient(web);
        bystander.login("ngo-fp", PASSWORD);
        bystander.get("/console/lead-offers");
        assertThat(bystander.lastBody).doesNotContain(caseId);
        assertThat(bystander.post("/console/cases/" + caseId + "/lead-transfer/accept", true).getStatus().value())
                .as("an agency not offered the lead cannot take it: the 404 page").isEqualTo(404);

        var iomCaseworker = new ConsoleClient(web);
        iomCaseworker.login("iom-cw", PASSWORD);
        iomCaseworker.get("/console/lead-offers");
        assertThat(iomCaseworker.lastBody).contains(caseId, "focal points may answer an offer.")
                .doesNotContain("/lead-transfer/accept");

        var iom = new ConsoleClient(web);
        iom.login("iom-fp", PASSWORD);
        iom.get("/console");
        assertThat(iom.lastBody).contains("href=\"/console/lead-offers\"", "1 case is offered to your agency to lead");
        assertThat(iom.get("/console/cases/" + caseId).getStatus().value()).as("no access before taking the lead")
                .isEqualTo(404);
        iom.get("/console/lead-offers");
        assertThat(iom.lastBody.toLowerCase()).contains(caseId.toLowerCase(), "moewoe", "return and reintegration")
                .doesNotContain("rahima");
        var taken = iom.post("/console/cases/" + caseId + "/lead-transfer/accept", true);
        assertThat(ConsoleClient.location(taken)).isEqualTo("/console/cases/" + caseId + "?done=leadAccepted");
        iom.get(ConsoleClient.location(taken));
        assertThat(iom.lastBody.toLowerCase()).contains("your agency now leads the case.", "rahima begum",
                "iom-fp (iom-bd) took over the lead from moewoe.");
    }

    @Test
    void the_offered_agency_declines_with_a_reason_and_the_refusal_without_one_is_on_the_form() {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/lead-transfer", "moe-fp", Map.of("toAgency", "ngo-a", "reason", "closer"))
                .expectStatus().isNoContent();
        var ngo = new ConsoleClient(web);
        ngo.login("ngo-fp", PASSWORD);
        ngo.get("/console/lead-offers");
        var bare = ngo.post("/console/cases/" + caseId + "/lead-transfer/decline", true);
        assertThat(bare.getStatus().value()).isEqualTo(400);
        assertThat(ngo.lastBody).contains("govuk-error-summary", "id=\"lead-decline-" + caseId + "-reason-error\"");
        var declined = ngo.post("/console/cases/" + caseId + "/lead-transfer/decline", true, "reason", "no staff");
        assertThat(ConsoleClient.location(declined)).endsWith("/console/lead-offers?done=leadDeclined");
        ngo.get(ConsoleClient.location(declined));
        assertThat(ngo.lastBody).contains("You declined the lead.").doesNotContain("offer-" + caseId);
    }

    @Test
    void an_unknown_console_path_is_the_consoles_own_not_found_page_in_the_callers_language() {
        var console = new ConsoleClient(web);
        console.login("moe-cw", PASSWORD);
        var unknown = console.get("/console/no-such-screen");
        assertThat(unknown.getStatus().value()).isEqualTo(404);
        assertThat(console.lastBody).contains("Page not found", "Sign out").doesNotContain("Whitelabel", "\"status\"");
        console.get("/console/cases/C1/no/such/thing?lang=bn");
        assertThat(console.lastBody).contains("lang=\"bn\"", "পৃষ্ঠাটি পাওয়া যায়নি");
        assertThat(console.get("/console/assets/setu-2/css/setu.css").getStatus().value()).isEqualTo(200);
    }

    private static String history(String page) {
        int start = page.indexOf("id=\"history\"");
        assertThat(start).as("the page has a history").isPositive();
        return page.substring(start, page.indexOf("</ol>", start)).replaceAll("\\s+", " ").toLowerCase();
    }
}
