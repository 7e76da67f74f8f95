package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header and the recruitment section offer each staff member the pages the API lets them use: the
 * secretariat's pages to the secretariat, filing to those who work complaints, administration to administrators.
 */
class ConsoleNavigationTest extends ApiTestBase {

    static final String PASSWORD = "test-password";

    private String nav(String user, String page) {
        var client = new ConsoleClient(web);
        client.login(user, PASSWORD);
        client.get(page);
        return client.lastBody;
    }

    @Test
    void a_caseworker_opens_cases_and_files_complaints_and_sees_none_of_the_secretariats_pages() {
        assertThat(nav("moe-cw", "/console")).contains("href=\"/console/cases/new\"")
                .doesNotContain("href=\"/console/indicators\"", "href=\"/console/audit\"", "href=\"/console/accounts\"",
                        "href=\"/console/agencies\"");
        assertThat(nav("moe-cw", "/console/recruitment")).contains("href=\"/console/recruitment/complaints/new\"")
                .doesNotContain("href=\"/console/recruitment/indicators\"");
    }

    @Test
    void a_focal_point_files_complaints_but_does_not_open_cases() {
        assertThat(nav("moe-fp", "/console")).doesNotContain("href=\"/console/cases/new\"");
        assertThat(nav("moe-fp", "/console/recruitment")).contains("href=\"/console/recruitment/complaints/new\"");
    }

    @Test
    void the_secretariats_reviewer_sees_the_indicators_the_audit_trail_and_emergency_access_and_files_nothing() {
        assertThat(nav("reviewer", "/console")).contains("href=\"/console/indicators\"", "href=\"/console/audit\"",
                "href=\"/console/break-glass\"").doesNotContain("href=\"/console/cases/new\"", "href=\"/console/erasure\"",
                "href=\"/console/operations\"");
        assertThat(nav("reviewer", "/console/recruitment")).contains("href=\"/console/recruitment/indicators\"")
                .doesNotContain("href=\"/console/recruitment/complaints/new\"");
    }

    @Test
    void the_secretariats_administrator_sees_the_indicators_and_administration_but_not_the_audit_trail() {
        assertThat(nav("admin", "/console")).contains("href=\"/console/indicators\"", "href=\"/console/accounts\"",
                "href=\"/console/erasure\"", "href=\"/console/agencies\"", "href=\"/console/agreements\"",
                "href=\"/console/operations\"")
                .doesNotContain("href=\"/console/audit\"", "href=\"/console/break-glass\"");
    }

    @Test
    void an_agencys_administrator_manages_accounts_only() {
        assertThat(nav("moe-admin", "/console")).contains("href=\"/console/accounts\"")
                .doesNotContain("href=\"/console/indicators\"", "href=\"/console/agencies\"", "href=\"/console/cases/new\"",
                        "href=\"/console/operations\"");
    }
}
