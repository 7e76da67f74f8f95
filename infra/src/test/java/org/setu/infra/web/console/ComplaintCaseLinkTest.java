package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint against a recruiting agency linked to a referral case of the same person, end to end over HTTP: the
 * ministry's complaint cell links it and refers the case to a legal-aid NGO; each side sees the other within its
 * own need-to-know (the NGO on the case sees the complaint only once it is shared with it; the recruiting agency never
 * learns of the case), on the API and on the console's pages.
 */
class ComplaintCaseLinkTest extends ApiTestBase {

    private String fileComplaint() {
        return fileComplaint("ngo-a");
    }

    private String fileComplaint(String consentedAgency) {
        var status = post("/api/v1/recruiting-agencies", "admin",
                Map.of("licence", "RL-0123", "name", "Agency RL-0123", "district", "Dhaka"))
                .expectBody(Map.class).returnResult().getStatus().value();
        assertThat(status).isIn(201, 409);
        return (String) post("/api/v1/complaints", "moe-cw", Map.of("recruitingAgency", "RL-0123", "channel", "HELPLINE",
                "categories", List.of("PASSPORT_RETENTION"), "countryOfDestination", "SA",
                "complainant", Map.of("fullName", "Rahima Begum", "sex", "F"),
                "consent", Map.of("agencies", List.of(consentedAgency), "purposes", List.of("COMPLAINT_HANDLING"),
                        "identityToRecruiter", false)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("complaintId");
    }

    private String body(String uri, String user) {
        return get(uri, user).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** A legal-aid NGO, entered by the one test that needs it (its focal point is in the users file). */
    private void legalAidNgo() {
        var status = post("/api/v1/agencies", "admin", Map.of("agencyId", "legal-aid-bd", "name", "Legal Aid BD",
                "type", "NGO", "services", List.of(Map.of("serviceType", "LEGAL_AID", "districts", List.of("Dhaka"),
                        "languages", List.of("bn")))))
                .expectBody(Map.class).returnResult().getStatus().value();
        assertThat(status).isIn(201, 409);
    }

    @Test
    void a_complaint_linked_to_a_legal_aid_referral_shows_on_both_within_each_ones_need_to_know() {
        legalAidNgo();
        String complaint = fileComplaint("legal-aid-bd");
        String caseId = (String) post("/api/v1/cases", "moe-cw", Map.of("category", "RECRUITMENT_COMPLAINT",
                "migrationStage", "RETURN", "district", "Dhaka", "subject", Map.of("fullName", "Rahima Begum"),
                "consent", Map.of("agencies", List.of("legal-aid-bd"), "purposes", List.of("SERVICE_PROVISION"))))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("caseId");
        String link = "/api/v1/complaints/" + complaint + "/link-case";
        post(link, "moe-cw", Map.of("caseId", caseId)).expectStatus().isNoContent();
        post(link, "moe-cw", Map.of("caseId", caseId)).expectStatus().isNoContent();
        assertThat(body("/api/v1/complaints/" + complaint, "moe-cw"))
                .contains("\"cases\":[\"" + caseId + "\"]", "LINKED_TO_CASE_" + caseId)
                .as("linking twice is one step").containsOnlyOnce("LINKED_TO_CASE_");

        String referral = refer(caseId, "moe-cw", "legal-aid-bd", "LEGAL_AID");
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/accept", "legal-fp", Map.of()).expectStatus().isNoContent();
        String ofCase = "/api/v1/cases/" + caseId + "/complaints";
        assertThat(body(ofCase, "moe-cw")).contains(complaint, "\"total\":1").doesNotContain("Rahima");
        assertThat(body(ofCase, "legal-fp")).as("on the case, but the complaint is not shared with the NGO yet")
                .contains("\"total\":0").doesNotContain(complaint);
        post("/api/v1/complaints/" + complaint + "/share", "moe-fp", Map.of("agency", "legal-aid-bd"))
                .expectStatus().isNoContent();
        assertThat(body(ofCase, "legal-fp")).contains(complaint);
        assertThat(body("/api/v1/complaints/" + complaint, "legal-fp")).as("the legal-aid NGO reads the complaint")
                .contains("Rahima Begum");
        get(ofCase, "out-cw").expectStatus().isNotFound();

        assertThat(body("/api/v1/complaints/" + complaint, "rec-0123")).as("the recruiting agency never learns of the case")
                .doesNotContain(caseId, "LINKED_TO_CASE", "\"cases\"");

        var ministry = new ConsoleClient(web);
        ministry.login("moe-cw", ConsoleRecruitingAgenciesTest.PASSWORD);
        ministry.get("/console/cases/" + caseId);
        assertThat(ministry.lastBody).contains("id=\"complaints\"", "href=\"/console/recruitment/complaints/" + complaint + "\"");
        ministry.get("/console/recruitment/complaints/" + complaint + "?lang=bn");
        assertThat(ministry.lastBody).contains("id=\"linked-cases\"", "href=\"/console/cases/" + caseId + "\"",
                "কেস " + caseId + "-এর সঙ্গে যুক্ত করা হয়েছে");
    }

    @Test
    void a_case_the_caller_may_not_see_is_refused_as_a_field_and_only_the_receiving_agency_links() {
        String complaint = fileComplaint();
        String link = "/api/v1/complaints/" + complaint + "/link-case";
        post(link, "moe-cw", Map.of("caseId", "C0000-0000-9999")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("caseId");
        post(link, "moe-cw", Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("caseId");
        String caseId = openCase();
        String referral = refer(caseId, "moe-cw", "ngo-a", "PSYCHOSOCIAL");
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/accept", "ngo-fp", Map.of()).expectStatus().isNoContent();
        post("/api/v1/complaints/" + complaint + "/share", "moe-fp", Map.of("agency", "ngo-a")).expectStatus().isNoContent();
        post(link, "ngo-cw", Map.of("caseId", caseId)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").value(type -> assertThat(type.toString())
                        .endsWith("not-receiving-agency-of-complaint"));

        var ministry = new ConsoleClient(web);
        ministry.login("moe-cw", ConsoleRecruitingAgenciesTest.PASSWORD);
        ministry.get("/console/recruitment/complaints/" + complaint);
        assertThat(ministry.lastBody).contains("id=\"link-case\"");
        var refused = ministry.post("/console/recruitment/complaints/" + complaint + "/link-case", true, "caseId", "C0000-0000-9999");
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(ministry.lastBody).contains("id=\"link-case-caseId-error\"");
        var linked = ministry.post("/console/recruitment/complaints/" + complaint + "/link-case", true, "caseId", caseId);
        assertThat(ConsoleClient.location(linked)).endsWith("?done=complaint.link-case");
    }

    @Test
    void a_recruitment_complaint_case_becomes_a_complaint_in_one_step_on_the_api_and_the_console() {
        var status = post("/api/v1/recruiting-agencies", "admin", Map.of("licence", "RL-0123", "name", "Agency RL-0123",
                "district", "Dhaka")).expectBody(Map.class).returnResult().getStatus().value();
        assertThat(status).isIn(201, 409);
        String caseId = (String) post("/api/v1/cases", "moe-cw", Map.of("category", "RECRUITMENT_COMPLAINT",
                "migrationStage", "RETURN", "district", "Dhaka", "countryOfDestination", "QA",
                "subject", Map.of("fullName", "Jesmin Nahar", "sex", "F", "phone", "+8801711999999"),
                "consent", Map.of("agencies", List.of("ngo-a"), "purposes", List.of("SERVICE_PROVISION"))))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("caseId");
        Map<String, Object> filing = new HashMap<>(Map.of("recruitingAgency", "RL-0123", "channel", "NGO",
                "categories", List.of("WAGE_THEFT"), "countryOfDestination", "QA",
                "complainant", Map.of("fullName", "Jesmin Nahar", "sex", "F")));
        filing.put("caseId", "C0000-0000-9999");
        String before = body("/api/v1/complaints?size=1", "moe-cw");
        post("/api/v1/complaints", "moe-cw", filing).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("caseId");
        assertThat(body("/api/v1/complaints?size=1", "moe-cw")).as("nothing filed").isEqualTo(before);
        filing.put("caseId", caseId);
        String complaint = (String) post("/api/v1/complaints", "moe-cw", filing).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId");
        assertThat(body("/api/v1/complaints/" + complaint, "moe-cw")).contains("\"cases\":[\"" + caseId + "\"]");
        assertThat(body("/api/v1/cases/" + caseId + "/complaints", "moe-cw")).contains(complaint);

        var ministry = new ConsoleClient(web);
        ministry.login("moe-cw", ConsoleRecruitingAgenciesTest.PASSWORD);
        ministry.get("/console/cases/" + caseId);
        assertThat(ministry.lastBody).contains("id=\"file-complaint\"",
                "href=\"/console/recruitment/complaints/new?caseId=" + caseId + "\"");
        ministry.get("/console/recruitment/complaints/new?caseId=" + caseId);
        assertThat(ministry.lastBody).contains("id=\"for-case\"", "name=\"caseId\" value=\"" + caseId + "\"",
                "value=\"Jesmin Nahar\"", "+8801711999999");
        ministry.get("/console/cases/" + openCase());
        assertThat(ministry.lastBody).as("only a recruitment complaint case offers it").doesNotContain("id=\"file-complaint\"");
    }
}
