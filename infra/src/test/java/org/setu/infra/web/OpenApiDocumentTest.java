package org.setu.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document is valid 3.1 and states what the API really does (see also OpenApiExampleReplayTest). */
class OpenApiDocumentTest extends ApiTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String served() throws Exception {
        String document = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        Files.writeString(Path.of("target", "openapi.json"), document);   // for the lint in docs/api.md
        return document;
    }

    @Test
    void the_served_document_is_valid_openapi_3_1_with_an_spdx_licence() throws Exception {
        JsonNode document = JSON.readTree(served());
        assertThat(document.path("openapi").asText()).startsWith("3.1.");
        assertThat(document.at("/info/license/identifier").asText()).isEqualTo("Apache-2.0");
        assertThat(OpenApiValidator.documentErrors(document)).isEmpty();
    }

    @Test
    void the_validator_refuses_broken_documents() throws Exception {
        JsonNode valid = JSON.readTree(served());
        List<String> breaks = List.of("/info", "/paths/~1api~1v1~1cases/post/responses", "/paths/~1api~1v1~1cases/get/parameters/0",
                "/info/license");
        for (String target : breaks) {
            ObjectNode broken = valid.deepCopy();
            switch (target) {
                case "/info" -> broken.remove("info");
                case "/paths/~1api~1v1~1cases/post/responses" -> ((ObjectNode) broken.at(target)).put("2000", "OK");
                case "/paths/~1api~1v1~1cases/get/parameters/0" -> ((ObjectNode) broken.at(target)).put("in", "body");
                default -> ((ObjectNode) broken.at(target)).put("url", "https://www.apache.org/licenses/LICENSE-2.0");
            }
            assertThat(OpenApiValidator.documentErrors(broken)).as("broken at " + target).isNotEmpty();
        }
    }

    @Test
    void every_operation_has_its_real_contract_and_documents_its_problems() throws Exception {
        JsonNode document = JSON.readTree(served());
        List<String> wrong = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String key = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (operation.has("x-setu-undocumented") || operation.path("operationId").asText().matches(".*_\\d+")) {
                wrong.add(key + ": no contract");
            }
            if (operation.has("requestBody") && !operation.path("requestBody").path("content").elements().next().has("example")) {
                wrong.add(key + ": a request body without an example");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                String ref = response.getValue().path("$ref").asText("");
                JsonNode resolved = ref.isEmpty() ? response.getValue() : document.at(ref.substring(1));
                if (error && !resolved.at("/content/application~1problem+json/schema/$ref").asText()
                        .equals("#/components/schemas/Problem")) {
                    wrong.add(key + " " + response.getKey() + ": not a Problem");
                }
                if (response.getValue().path("content").has("*/*")) {
                    wrong.add(key + " " + response.getKey() + ": */* content");
                }
            });
            if (!operation.path("responses").has("500")) {
                wrong.add(key + ": no 500");
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1cases/post/responses/201/headers").has("Location")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1cases~1{caseId}~1close/post/responses").has("204")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1admin~1projections~1{processingGroup}~1rebuild/post/responses").has("202")).isTrue();
    }

    @Test
    void every_command_and_admin_operation_lists_the_idempotency_key_and_the_staff_accounts_which_ignore_it_do_not() throws Exception {
        JsonNode paths = JSON.readTree(served()).path("paths");
        for (String command : List.of("/api/v1/cases post", "/api/v1/agencies post", "/api/v1/agencies/{agencyId} put",
                "/api/v1/agencies/{agencyId}/suspend post", "/api/v1/agreements/{agreementId} put",
                "/api/v1/agreements/{agreementId}/revoke post", "/api/v1/recruiting-agencies/{licence}/deployments/{month} put",
                "/api/v1/admin/backups post", "/api/v1/admin/projections/{processingGroup}/rebuild post",
                "/api/v1/admin/dead-letters/{processingGroup}/retry post")) {
            String[] pathAndMethod = command.split(" ");
            assertThat(headers(paths.path(pathAndMethod[0]).path(pathAndMethod[1]))).as(command).contains("Idempotency-Key");
        }
        assertThat(headers(paths.path("/api/v1/agencies/{agencyId}/accounts/{username}/roles").path("put")))
                .doesNotContain("Idempotency-Key");
        assertThat(headers(paths.path("/api/v1/admin/accounts/{username}/unlock").path("post")))
                .doesNotContain("Idempotency-Key");
    }

    private static List<String> headers(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if ("header".equals(p.path("in").asText())) {
                names.add(p.path("name").asText());
            }
        });
        assertThat(operation.isMissingNode()).as("the operation is in the document").isFalse();
        return names;
    }

    @Test
    void typed_ids_are_strings_with_their_patterns_never_value_objects() throws Exception {
        JsonNode schemas = JSON.readTree(served()).at("/components/schemas");
        for (String id : List.of("CaseId", "ReferralId", "AgencyId", "AgreementId")) {
            assertThat(schemas.at("/" + id + "/type").asText()).as(id).isEqualTo("string");
            assertThat(schemas.at("/" + id + "/pattern").asText()).as(id).startsWith("^").endsWith("$");
        }
        schemas.fields().forEachRemaining(schema -> assertThat(schema.getValue().path("properties").has("value")
                && schema.getValue().path("properties").size() == 1).as(schema.getKey()).isFalse());
        assertThat(schemas.at("/OpenCase/required").toString()).contains("category", "district", "subject");
    }

    @Test
    void tags_follow_the_order_a_user_works_and_every_operation_has_one_of_them() throws Exception {
        JsonNode document = JSON.readTree(served());
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).containsExactly("Authentication", "Cases", "Referrals", "Queues", "Directory", "Audit",
                "Recruitment", "Indicators", "Partners", "Admin");
        document.path("paths").forEach(path -> path.forEach(op -> assertThat(tags).contains(op.at("/tags/0").asText())));
    }

    @Test
    void the_authorize_dialog_explains_how_to_get_a_token() throws Exception {
        JsonNode schemes = JSON.readTree(served()).at("/components/securitySchemes");
        assertThat(schemes.at("/bearer/description").asText()).contains("POST /api/v1/auth/token", "SETU_JWT_ISSUER_URI");
        assertThat(schemes.at("/partnerClientCredentials/flows/clientCredentials/tokenUrl").asText()).isEqualTo("/oauth2/token");
    }

    @Test
    void the_document_is_the_same_on_every_request_and_in_every_language() throws Exception {
        String first = served();
        String bangla = web.get().uri("/v3/api-docs").header("Accept-Language", "bn").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(JSON.readTree(bangla)).isEqualTo(JSON.readTree(first));
        assertThat(JSON.readTree(served())).isEqualTo(JSON.readTree(first));
    }

    @Test
    void a_problem_the_api_answers_matches_the_documented_problem_schema() throws Exception {
        OpenApiValidator validator = new OpenApiValidator(served());
        byte[] problem = get("/api/v1/cases/Cnot-a-case", "moe-cw").expectStatus().isNotFound()
                .expectBody().returnResult().getResponseBody();
        assertThat(validator.valueErrors("/components/schemas/Problem", JSON.readTree(problem))).isEmpty();
        assertThat(validator.valueErrors("/components/schemas/Problem", JSON.readTree("{\"title\":\"x\"}"))).isNotEmpty();
    }
}
