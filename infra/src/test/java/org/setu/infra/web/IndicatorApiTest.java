package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Indicators for the secretariat, as JSON and CSV; nobody else reads them. */
class IndicatorApiTest extends ApiTestBase {

    @Test
    void the_secretariat_reads_indicators_as_json_and_csv_and_agencies_may_not() {
        String caseId = openCase();
        String referral = refer(caseId, "moe-cw", "ngo-a", "PSYCHOSOCIAL");
        post("/api/v1/cases/" + caseId + "/referrals/" + referral + "/accept", "ngo-fp", Map.of()).expectStatus().isNoContent();
        String month = YearMonth.now(ZoneOffset.UTC).toString();

        get("/api/v1/indicators?from=" + month + "&to=" + month + "&agency=ngo-a", "reviewer").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rows[0].category").isEqualTo("RETURN_REINTEGRATION")
                .jsonPath("$.rows[0].gcmObjective").isEqualTo(21)
                .jsonPath("$.rows[0].agency").isEqualTo("ngo-a")
                .jsonPath("$.rows[0].requested").value(n -> assertThat(((Number) n).longValue()).isPositive())
                .jsonPath("$.rows[0].accepted").value(n -> assertThat(((Number) n).longValue()).isPositive());
        String csv = web.get().uri("/api/v1/indicators?agency=ngo-a").header(HttpHeaders.AUTHORIZATION, bearer("reviewer"))
                .header(HttpHeaders.ACCEPT, "text/csv").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("month,category,gcmObjective"));
        assertThat(csv).contains(",RETURN_REINTEGRATION,21,RETURN,\"Dhaka\",ngo-a,").doesNotContain("Rahima");
        get("/api/v1/indicators", "moe-fp").expectStatus().isForbidden();
        get("/api/v1/indicators?from=March", "reviewer").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
    }
}
