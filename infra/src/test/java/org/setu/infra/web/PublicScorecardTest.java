package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public scorecards over HTTP without signing in: the JSON and the pages (English and Bangla) show a licence's
 * standing, its sanctions and its complaint figures of the last 12 months, with counts under five hidden, and
 * nothing about a complaint, a complainant or a sanction's reasons; writes stay closed.
 */
class PublicScorecardTest extends RecruitmentApiTestBase {

    private String fresh() {
        String licence = "RL-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        licensed(licence);
        return licence;
    }

    private String anonymous(String uri, MediaType type) {
        return web.get().uri(uri).accept(type).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
    }

    @Test
    void anyone_reads_a_scorecard_with_the_complaints_counted_and_small_counts_hidden() {
        String licence = fresh();
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        put("/api/v1/recruiting-agencies/" + licence + "/deployments/" + month, Map.of("workers", 400, "women", 100));
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            filed.add(file(complaint(licence, "Rahima Begum", "F", false)));
        }
        String few = anonymous("/api/v1/scorecards/" + licence, MediaType.APPLICATION_JSON);
        assertThat(few).contains("\"fewerThanFive\":true", "\"deployed\":400", "\"status\":\"LICENSED\"")
                .doesNotContain("\"received\"", "perThousandDeployed");

        filed.add(file(complaint(licence, "Rahima Begum", "F", false)));
        step(filed.get(0), "withdraw", Map.of("reason", "settled with the agency"));
        String five = anonymous("/api/v1/scorecards/" + licence, MediaType.APPLICATION_JSON);
        assertThat(five).contains("\"received\":5", "\"fewerThanFive\":false", "\"perThousandDeployed\":12.5");
        for (String id : filed) {
            assertThat(five).doesNotContain(id);
        }
        assertThat(five).doesNotContain("Rahima", "EB0123456", "+8801711000000", "settled");

        String page = anonymous("/scorecards/" + licence + "?lang=bn", MediaType.TEXT_HTML);
        assertThat(page).contains("lang=\"bn\"", "লাইসেন্স বহাল", "৪০০", "১২.৫").doesNotContain("Rahima");
        assertThat(anonymous("/scorecards/" + licence + "?lang=en", MediaType.TEXT_HTML))
                .contains("lang=\"en\"", "Licensed: it may recruit workers.", "Complaints received", "12.5");
    }

    @Test
    void a_sanction_shows_without_its_reason_or_the_complaints_it_cites_and_an_overturned_one_not_at_all() {
        String licence = fresh();
        String complaint = file(complaint(licence, "Kulsum Bibi", "F", false));
        String suspension = sanction(licence, Map.of("kind", "SUSPENSION", "suspensionDays", 90,
                "reason", "Passports of six workers held back", "complaintIds", List.of(complaint)));
        String fine = sanction(licence, Map.of("kind", "FINE", "amountBdt", 50_000, "reason", "Excess fees charged",
                "complaintIds", List.of(complaint)));
        post("/api/v1/recruiting-agencies/" + licence + "/sanctions/" + fine + "/appeal", "admin",
                Map.of("grounds", "the fees were refunded")).expectStatus().is2xxSuccessful();
        post("/api/v1/recruiting-agencies/" + licence + "/sanctions/" + fine + "/decision", "admin",
                Map.of("outcome", "OVERTURNED", "reason", "receipts produced")).expectStatus().is2xxSuccessful();
        String card = anonymous("/api/v1/scorecards/" + licence, MediaType.APPLICATION_JSON);
        assertThat(card).contains("\"status\":\"SUSPENDED\"", "\"kind\":\"SUSPENSION\"", "\"suspensionDays\":90",
                "\"inForce\":true").doesNotContain("Passports", complaint, suspension, "Kulsum");
        String page = anonymous("/scorecards/" + licence, MediaType.TEXT_HTML);
        assertThat(page).contains("Suspended: it may not recruit workers now.", "Suspension of the licence", "90 days")
                .doesNotContain("Passports", complaint, "Kulsum");
    }

    @Test
    void the_list_finds_by_licence_or_by_name_in_either_case_and_pages() {
        String licence = fresh();
        String listed = anonymous("/api/v1/scorecards?q=" + licence.toLowerCase(), MediaType.APPLICATION_JSON);
        assertThat(listed).contains("\"licence\":\"" + licence + "\"", "\"total\":1");
        String byName = web.get().uri(b -> b.path("/api/v1/scorecards").queryParam("q", "AGENCY  " + licence.toLowerCase())
                .build()).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(byName).as("case and spaces folded").contains("\"total\":1");
        assertThat(anonymous("/scorecards?q=" + licence, MediaType.TEXT_HTML))
                .contains("href=\"/scorecards/" + licence + "\"", "1 agency");
        assertThat(anonymous("/api/v1/scorecards?size=1", MediaType.APPLICATION_JSON)).contains("\"size\":1");
    }

    @Test
    void an_unknown_licence_is_a_problem_and_a_bad_one_names_its_field() {
        web.get().uri("/api/v1/scorecards/RL-0000009").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + "recruiting-agency-not-found");
        web.get().uri("/api/v1/scorecards/XX-1").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("licence");
        web.get().uri("/scorecards/RL-0000009").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound()
                .expectBody(String.class).value(body -> assertThat(body).contains("<title>Page not found"));
    }

    @Test
    void only_reading_is_public() {
        web.post().uri("/api/v1/recruiting-agencies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("licence", "RL-0000010", "name", "X", "district", "Dhaka"))
                .exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/recruiting-agencies").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/complaints").exchange().expectStatus().isUnauthorized();
        web.get().uri("/console/recruitment/agencies").exchange().expectStatus().is3xxRedirection();
    }

    private void put(String uri, Object body) {
        web.put().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer("admin")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isNoContent();
    }

    private String sanction(String licence, Map<String, Object> body) {
        return (String) post("/api/v1/recruiting-agencies/" + licence + "/sanctions", "admin", body)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("sanctionId");
    }
}
