package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaint intake and the complaint page over plain HTTP: the API's refusals on the form with the field marked,
 * amounts typed in Bengali digits and shown as taka, need-to-know (a recruiter's representative never sees a
 * complainant who did not consent; an unrelated agency gets the not-found page), and only the steps allowed now.
 */
class ConsoleComplaintsTest extends ApiTestBase {

    static final String PASSWORD = "test-password";

    @Test
    void a_caseworker_files_a_complaint_with_bengali_digits_and_a_refused_amount_is_marked_on_the_form() {
        licensed("RL-0123");
        var amina = new ConsoleClient(web);
        amina.login("moe-cw", PASSWORD);
        amina.get("/console/recruitment/complaints/new");
        assertThat(amina.lastBody).contains("value=\"RL-0123\"", "name=\"consent.identityToRecruiter\"",
                "name=\"costPaidBdt\"", "name=\"governmentCeilingBdt\"", "name=\"complainant.passportNumber\"");

        var tooMuch = amina.post("/console/recruitment/complaints/new", true, intake("Rahima Begum", "2000000000", false));
        assertThat(tooMuch.getStatus().value()).isEqualTo(400);
        assertThat(amina.lastBody).contains("href=\"#complaint-amountClaimedBdt\"", "id=\"complaint-amountClaimedBdt-error\"")
                .as("what was typed stays on the form").contains("value=\"Rahima Begum\"");
        var noName = amina.post("/console/recruitment/complaints/new", true, intake("", "2,00,000", false));
        assertThat(noName.getStatus().value()).isEqualTo(400);
        assertThat(amina.lastBody).as("the API's subject field is the form's complainant field")
                .contains("href=\"#complaint-complainant-fullName\"", "id=\"complaint-complainant-fullName-error\"");

        var filed = amina.post("/console/recruitment/complaints/new", true, intake("Rahima Begum", "2,00,000", false));
        String id = ConsoleClient.location(filed).replaceAll(".*/complaints/([^?]+).*", "$1");
        amina.get(ConsoleClient.location(filed));
        assertThat(amina.lastBody).contains("The complaint is filed.", "Rahima Begum", "EB0123456", "৳4,50,000",
                "৳2,00,000", "Fees above the ceiling", "Saudi Arabia", "id=\"register\"");
        amina.get("/console/recruitment?lang=bn");
        assertThat(amina.lastBody).contains("lang=\"bn\"", id.substring(0, 12), "গৃহীত");
        amina.get("/console/recruitment/complaints/" + id + "?lang=bn");
        assertThat(amina.lastBody).contains("৪,৫০,০০০৳", "অভিযোগটি নিবন্ধন করুন");
    }

    @Test
    void a_recruiters_representative_sees_the_complaint_but_not_a_complainant_who_did_not_consent() {
        licensed("RL-0123");
        var amina = new ConsoleClient(web);
        amina.login("moe-cw", PASSWORD);
        String hidden = fileOnConsole(amina, "Hasina Akter", false);
        String shown = fileOnConsole(amina, "Kulsum Bibi", true);
        var agency = new ConsoleClient(web);
        agency.login("rec-0123", PASSWORD);
        agency.get("/console/recruitment/complaints/" + hidden + "?lang=en");
        assertThat(agency.lastBody).contains("RL-0123", "৳4,50,000", "did not agree that your agency may learn who they are")
                .doesNotContain("Hasina", "EB0123456", "+8801711000000", "id=\"register\"");
        agency.get("/console/recruitment/complaints/" + shown);
        assertThat(agency.lastBody).contains("Kulsum Bibi", "EB0123456").doesNotContain("+8801711000000");
        agency.get("/console/recruitment");
        assertThat(agency.lastBody).contains(hidden.substring(0, 12)).doesNotContain("Hasina");

        var outsider = new ConsoleClient(web);
        outsider.login("out-fp", PASSWORD);
        var unseen = outsider.get("/console/recruitment/complaints/" + hidden);
        String unseenPage = withoutToken(outsider.lastBody);
        assertThat(unseen.getStatus().value()).isEqualTo(404);
        assertThat(unseenPage).doesNotContain("Hasina", "RL-0123");
        outsider.get("/console/recruitment/complaints/K00000000-0000-0000-0000-000000000000");
        assertThat(withoutToken(outsider.lastBody)).as("the same page as for no complaint at all").isEqualTo(unseenPage);
    }

    @Test
    void the_page_offers_only_the_steps_allowed_now_and_shows_a_payment_above_the_award_on_its_form() {
        licensed("RL-0123");
        var amina = new ConsoleClient(web);
        amina.login("moe-cw", PASSWORD);
        String id = fileOnConsole(amina, "Rahima Begum", false);
        String page = "/console/recruitment/complaints/" + id;
        assertThat(step(amina, id, "register")).isEqualTo(page + "?done=complaint.register");
        amina.get(page);
        assertThat(amina.lastBody).contains("id=\"notify-agency\"", "id=\"withdraw\"", "id=\"refer-to-court\"")
                .doesNotContain("id=\"register\"", "id=\"award\"", "id=\"payment\"");
        step(amina, id, "notify-agency");
        var future = amina.post(page + "/hearing", true, "at", "2099-01-05 10:00");
        assertThat(future.getStatus().value()).isEqualTo(400);
        assertThat(amina.lastBody).contains("id=\"hearing-at-error\"");
        step(amina, id, "hearing", "at", "২০২৬-০১-০৫ ১০:০০");
        step(amina, id, "award", "amountBdt", "1,50,000");
        var tooMuch = amina.post(page + "/payment", true, "amountBdt", "2,00,000");
        assertThat(tooMuch.getStatus().value()).isEqualTo(422);
        assertThat(amina.lastBody).contains("The payments would be more than the award.", "id=\"payment-amountBdt-error\"");
        step(amina, id, "payment", "amountBdt", "50000");
        amina.get(page);
        assertThat(amina.lastBody).contains("৳1,50,000", "৳50,000", "৳1,00,000 still owed", "hearing held 5 Jan 2026",
                        "id=\"payment\"", "id=\"default\"", "id=\"close\"")
                .doesNotContain("id=\"hearing\"", "id=\"reopen\"");
    }

    static String[] intake(String name, String claimed, boolean identityToRecruiter) {
        List<String> f = new ArrayList<>(List.of("recruitingAgency", "RL-0123", "channel", "HELPLINE",
                "categories", "EXCESS_FEES", "categories", "CONTRACT_SUBSTITUTION", "countryOfDestination", "SA",
                "costPaidBdt", "৪,৫০,০০০", "governmentCeilingBdt", "1,66,000", "amountClaimedBdt", claimed,
                "monthlyWageBdt", "35000", "complainant.fullName", name, "complainant.sex", "F",
                "complainant.phone", "+8801711000000", "complainant.passportNumber", "EB0123456",
                "consent.agencies", "ngo-a", "consent.purposes", "COMPLAINT_HANDLING",
                "consent.identityToRecruiter", Boolean.toString(identityToRecruiter)));
        return f.toArray(String[]::new);
    }

    static String fileOnConsole(ConsoleClient client, String name, boolean identityToRecruiter) {
        client.get("/console/recruitment/complaints/new");
        var filed = client.post("/console/recruitment/complaints/new", true, intake(name, "2,00,000", identityToRecruiter));
        assertThat(filed.getStatus().value()).as(client.lastBody).isEqualTo(303);
        return ConsoleClient.location(filed).replaceAll(".*/complaints/([^?]+).*", "$1");
    }

    static String step(ConsoleClient client, String id, String action, String... fields) {
        var done = client.post("/console/recruitment/complaints/" + id + "/" + action, true, fields);
        assertThat(done.getStatus().value()).as(action + ": " + client.lastBody).isEqualTo(303);
        return ConsoleClient.location(done);
    }

    /** The CSRF token is masked anew for every page. */
    static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    void licensed(String licence) {
        var status = post("/api/v1/recruiting-agencies", "admin",
                Map.of("licence", licence, "name", "Agency " + licence, "district", "Dhaka"))
                .expectBody(Map.class).returnResult().getStatus().value();
        assertThat(status).isIn(201, 409);
    }
}
