package org.setu.infra.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recruitment cast on top of the small network: RL-0123 (complained against) and RL-0456 entered once per
 * application context, their representatives {@code rec-0123} and {@code rec-0456}; complaints received by the
 * ministry's complaint cell (moewoe), consenting to share with the NGO (ngo-a).
 */
abstract class RecruitmentApiTestBase extends ApiTestBase {

    static final String TYPES = "https://setu.example/problems/";

    /** Enters the licence unless this context has it already (the context is shared by every API test class). */
    void licensed(String licence) {
        var status = post("/api/v1/recruiting-agencies", "admin",
                Map.of("licence", licence, "name", "Agency " + licence, "district", "Dhaka"))
                .expectBody(Map.class).returnResult().getStatus().value();
        if (status != 201 && status != 409) {
            throw new AssertionError("entering " + licence + " answered " + status);
        }
    }

    Map<String, Object> complaint(String licence, String fullName, String sex, boolean identityToRecruiter) {
        Map<String, Object> body = new HashMap<>();
        body.put("recruitingAgency", licence);
        body.put("channel", "HELPLINE");
        body.put("categories", List.of("EXCESS_FEES"));
        body.put("countryOfDestination", "SA");
        body.put("complainant", Map.of("fullName", fullName, "sex", sex, "phone", "+8801711000000",
                "passportNumber", "EB0123456"));
        body.put("costPaidBdt", 450_000);
        body.put("monthlyWageBdt", 30_000);
        body.put("amountClaimedBdt", 200_000);
        body.put("consent", Map.of("agencies", List.of("ngo-a"), "purposes", List.of("COMPLAINT_HANDLING"),
                "identityToRecruiter", identityToRecruiter));
        return body;
    }

    /** Files a complaint as the ministry's caseworker; returns its id. */
    String file(Map<String, Object> body) {
        Map<?, ?> created = post("/api/v1/complaints", "moe-cw", body).expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/complaints/K[0-9a-f-]+")
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("complaintId");
    }

    void step(String complaintId, String action, Object body) {
        post("/api/v1/complaints/" + complaintId + "/" + action, "moe-cw", body).expectStatus().isNoContent();
    }

    String body(String uri, String user) {
        return get(uri, user).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
