package org.setu.infra.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** A case as it stood at any past instant, and what an agency was shown of it and when. */
class TimeTravelTest extends ApiTestBase {

    @Test
    void the_past_view_and_the_disclosures_are_reconstructed_from_the_log() throws InterruptedException {
        String caseId = openCase();
        Thread.sleep(30);
        Instant beforeReferral = Instant.now();
        Thread.sleep(30);
        String referral = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
        get("/api/v1/cases/" + caseId, "iom-fp").expectStatus().isOk();
        post("/api/v1/cases/" + caseId + "/consent/withdraw", "moe-cw", Map.of("reason", "subject asked")).expectStatus().isNoContent();
        get("/api/v1/cases/" + caseId, "iom-fp").expectStatus().isOk().expectBody().jsonPath("$.subject").doesNotExist();

        get("/api/v1/cases/" + caseId + "?asOf=" + beforeReferral, "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.referrals.length()").isEqualTo(0)
                .jsonPath("$.version").isEqualTo(0);
        get("/api/v1/cases/" + caseId + "?asOf=" + Instant.now(), "moe-cw").expectStatus().isOk().expectBody()
                .jsonPath("$.referrals[0].referralId").isEqualTo(referral)
                .jsonPath("$.consent.withdrawn").isEqualTo(true);
        get("/api/v1/cases/" + caseId + "?asOf=" + beforeReferral, "iom-fp").expectStatus().isNotFound();
        get("/api/v1/cases/" + caseId + "?asOf=yesterday", "moe-cw").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("asOf");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                get("/api/v1/cases/" + caseId + "/disclosures?agency=iom-bd", "reviewer").expectStatus().isOk().expectBody()
                        .jsonPath("$.length()").isEqualTo(1)
                        .jsonPath("$[0].actor").isEqualTo("iom-fp")
                        .jsonPath("$[0].personalFields").isEqualTo(List.of("fullName", "dateOfBirth", "sex", "phone", "passportNumber"))
                        .jsonPath("$[0].referrals[0]").isEqualTo(referral));
        get("/api/v1/cases/" + caseId + "/disclosures?agency=iom-bd", "moe-fp").expectStatus().isForbidden();
    }
}
