package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruitment pages in Debian's Chromium, as people use them, each screen checked with axe-core, weighed and
 * photographed: filing a complaint (a refused amount marked), the complaint page for the receiving agency and for
 * the recruiter's representative (no complainant without consent), agency scorecards with a sanction, the dashboard.
 */
class ConsoleRecruitmentScreensTest extends BrowserTestBase {

    @Test
    void a_caseworker_files_a_complaint_and_a_refused_amount_is_marked_on_the_form() throws Exception {
        licensed();
        try (Browser amina = browser()) {
            amina.login("moe-cw", PASSWORD);
            amina.click("a[href='/console/recruitment']");
            amina.click("a[href='/console/recruitment/complaints/new']");
            screen(amina, "en-20-complaint-intake");
            amina.choose("#complaint-recruitingAgency", "RL-0123");
            amina.click("label[for=complaint-channel-HELPLINE]");
            amina.click("label[for=complaint-category-EXCESS_FEES]");
            amina.choose("#complaint-countryOfDestination", "SA");
            amina.type("#complaint-costPaidBdt", "৪,৫০,০০০");
            amina.type("#complaint-amountClaimedBdt", "2000000000");
            amina.type("#complaint-monthlyWageBdt", "35,000");
            amina.type("#complaint-complainant-fullName", "Rahima Begum");
            amina.click("label[for=complaint-sex-F]");
            amina.click("label[for=complaint-purpose-COMPLAINT_HANDLING]");
            amina.submit("#complaint button[type=submit]");
            assertThat(amina.find(".govuk-error-summary").getText()).contains("check the marked field");
            assertThat(amina.find("#complaint-amountClaimedBdt").findElement(By.xpath(".."))
                    .getAttribute("class")).contains("govuk-form-group--error");
            screen(amina, "en-21-complaint-refused");
            amina.type("#complaint-amountClaimedBdt", "2,00,000");
            amina.submit("#complaint button[type=submit]");
            assertThat(amina.text()).contains("The complaint is filed.", "Rahima Begum", "৳4,50,000", "Register the complaint");
            screen(amina, "en-22-complaint-page");
            amina.submit("#register button[type=submit]");
            assertThat(amina.text()).contains("The complaint is registered.", "Refer to court");
            String id = amina.driver.getCurrentUrl().replaceAll(".*/complaints/([^?]+).*", "$1");
            amina.open("/console/recruitment/complaints/new?lang=bn");
            screen(amina, "bn-20-complaint-intake");
            try (Browser agency = browser()) {
                agency.login("rec-0123", PASSWORD);
                agency.open("/console/recruitment/complaints/" + id + "?lang=bn");
                assertThat(agency.text()).contains("অভিযোগকারী সম্মতি দেননি", "৪,৫০,০০০৳").doesNotContain("Rahima");
                screen(agency, "bn-22-complaint-for-the-agency");
            }
        }
    }

    @Test
    void the_secretariat_sanctions_an_agency_on_its_scorecard_and_reads_the_dashboard() throws Exception {
        licensed();
        String complaint = (String) post("/api/v1/complaints", "moe-cw", Map.of("recruitingAgency", "RL-0123",
                "channel", "NGO", "categories", List.of("WAGE_THEFT"), "countryOfDestination", "MY",
                "complainant", Map.of("fullName", "Kulsum Bibi", "sex", "F"), "costPaidBdt", 500_000,
                "monthlyWageBdt", 40_000, "amountClaimedBdt", 300_000))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("complaintId");
        try (Browser admin = browser()) {
            admin.login("admin", PASSWORD);
            admin.open("/console/recruitment/agencies");
            assertThat(admin.find("#agency-list").getText()).contains("RL-0123", "Licensed");
            screen(admin, "en-23-recruiting-agencies");
            admin.open("/console/recruitment/agencies?lang=bn");
            screen(admin, "bn-23-recruiting-agencies");
            admin.open("/console/recruitment/agencies?lang=en");
            admin.click("a[href='/console/recruitment/agencies/RL-0123']");
            admin.type("#deployments-month", "২০২৬-০৩");
            admin.type("#deployments-workers", "1,200");
            admin.type("#deployments-women", "310");
            admin.submit("#deployments button[type=submit]");
            assertThat(admin.find("#deployment-months").getText()).contains("Mar 2026", "1,200", "310");
            admin.click("label[for=sanction-kind-FINE]");
            admin.type("#sanction-amountBdt", "50,000");
            admin.type("#sanction-reason", "Charged five times the ceiling");
            admin.submit("#sanction button[type=submit]");
            assertThat(admin.find("#sanction-complaintIds").findElement(By.xpath(".."))
                    .getAttribute("class")).as("a sanction cites a complaint").contains("govuk-form-group--error");
            admin.click("input[name=complaintIds][value='" + complaint + "'] + label");
            admin.submit("#sanction button[type=submit]");
            assertThat(admin.text()).contains("The sanction is imposed.", "Fine", "৳50,000", "Not appealed");
            screen(admin, "en-24-agency-scorecard");
            admin.open("/console/recruitment/agencies/RL-0123?lang=bn");
            screen(admin, "bn-24-agency-scorecard");
        }
        try (Browser reviewer = browser()) {
            reviewer.login("reviewer", PASSWORD);
            reviewer.open("/console/recruitment/indicators?lang=bn");
            assertThat(reviewer.all("#charts svg[role=img] title")).hasSize(3);
            assertThat(reviewer.find("#rows").getText()).contains("RL-0123", "সবাই");
            screen(reviewer, "bn-25-recruitment-dashboard");
            reviewer.open("/console/recruitment/indicators?lang=en");
            screen(reviewer, "en-25-recruitment-dashboard");
        }
    }

    @Test
    void a_worker_checks_an_agency_on_its_public_scorecard_without_signing_in() throws Exception {
        licensed();
        try (Browser worker = browser()) {
            worker.open("/login");
            worker.click("#scorecards-link a");
            worker.type("#find-q", "rl-0123");
            worker.submit("#find button[type=submit]");
            assertThat(worker.find("#agencies").getText()).contains("RL-0123", "Agency RL-0123");
            screen(worker, "en-26-public-scorecards");
            worker.open("/scorecards?q=rl-0123&lang=bn");
            screen(worker, "bn-26-public-scorecards");
            worker.open("/scorecards?q=rl-0123&lang=en");
            worker.click("a[href='/scorecards/RL-0123']");
            assertThat(worker.find("#complaints").getText()).contains("Complaints received");
            assertThat(worker.text()).doesNotContain("Sign out");
            screen(worker, "en-27-public-scorecard");
            worker.open("/scorecards/RL-0123?lang=bn");
            assertThat(worker.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("bn");
            assertThat(worker.find("#complaints").getText()).contains("প্রাপ্ত অভিযোগ");
            screen(worker, "bn-27-public-scorecard");
        }
    }

    @Test
    void a_suspended_agencys_public_scorecard_marks_the_suspension_in_force() throws Exception {
        String licence = "RL-0777";
        var status = post("/api/v1/recruiting-agencies", "admin",
                Map.of("licence", licence, "name", "Agency " + licence, "district", "Khulna"))
                .expectBody(Map.class).returnResult().getStatus().value();
        assertThat(status).isIn(201, 409);
        String complaint = (String) post("/api/v1/complaints", "moe-cw", Map.of("recruitingAgency", licence,
                "channel", "HELPLINE", "categories", List.of("PASSPORT_RETENTION"), "countryOfDestination", "SA",
                "complainant", Map.of("fullName", "Kulsum Bibi", "sex", "F")))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("complaintId");
        post("/api/v1/recruiting-agencies/" + licence + "/sanctions", "admin", Map.of("kind", "SUSPENSION",
                "suspensionDays", 90, "reason", "Passports held back", "complaintIds", List.of(complaint)))
                .expectStatus().isCreated();
        post("/api/v1/recruiting-agencies/" + licence + "/sanctions", "admin", Map.of("kind", "WARNING",
                "reason", "Late refunds", "complaintIds", List.of(complaint))).expectStatus().isCreated();
        try (Browser worker = browser()) {
            worker.open("/scorecards/" + licence + "?lang=en");
            assertThat(worker.find("#sanctions").getText()).as("the suspension in force is marked, the warning not")
                    .contains("Suspension of the licence", "In force", "90 days").containsOnlyOnce("In force");
            screen(worker, "en-33-public-scorecard-suspended");
            worker.open("/scorecards/" + licence + "?lang=bn");
            assertThat(worker.find("#sanctions").getText()).containsOnlyOnce("বলবৎ");
            screen(worker, "bn-33-public-scorecard-suspended");
        }
    }

    @Test
    void a_recruitment_complaint_case_files_its_complaint_and_both_pages_show_the_link() throws Exception {
        licensed();
        String caseId = (String) post("/api/v1/cases", "moe-cw", Map.of("category", "RECRUITMENT_COMPLAINT",
                "migrationStage", "RETURN", "district", "Dhaka", "countryOfDestination", "MY",
                "subject", Map.of("fullName", "Parvin Akter", "sex", "F"),
                "consent", Map.of("agencies", List.of("ngo-a"), "purposes", List.of("SERVICE_PROVISION"))))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("caseId");
        try (Browser amina = browser()) {
            amina.login("moe-cw", PASSWORD);
            amina.open("/console/cases/" + caseId);
            amina.click("#file-complaint a");
            assertThat(amina.find("#for-case").getText()).contains(caseId);
            assertThat(amina.find("#complaint-complainant-fullName").getAttribute("value")).isEqualTo("Parvin Akter");
            screen(amina, "en-28-complaint-for-a-case");
            amina.choose("#complaint-recruitingAgency", "RL-0123");
            amina.click("label[for=complaint-channel-NGO]");
            amina.click("label[for=complaint-category-WAGE_THEFT]");
            amina.click("label[for=complaint-purpose-COMPLAINT_HANDLING]");
            amina.submit("#complaint button[type=submit]");
            assertThat(amina.text()).contains("The complaint is filed.", caseId);
            assertThat(amina.find("#linked-cases").getText()).contains(caseId);
            amina.open("/console/cases/" + caseId + "?lang=bn");
            assertThat(amina.find("#complaints").getText()).contains("RL-0123");
            screen(amina, "bn-29-case-with-its-complaint");
        }
    }

    private void licensed() {
        var status = post("/api/v1/recruiting-agencies", "admin",
                Map.of("licence", "RL-0123", "name", "Agency RL-0123", "district", "Dhaka"))
                .expectBody(Map.class).returnResult().getStatus().value();
        assertThat(status).isIn(201, 409);
    }
}
