package org.setu.api.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Makes the generated document tell the truth: each operation's real success status, body and headers, the error
 * responses it can return, the request headers the API reads, an example request, and who may call it. An operation
 * the tables do not know is marked {@code x-setu-undocumented} (a test refuses any).
 */
public class ContractCustomizer implements OpenApiCustomizer {

    static final String UNDOCUMENTED = "x-setu-undocumented";
    private static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/token", "POST /oauth2/token", "GET /.well-known/jwks.json",
            "POST /api/v1/auth/set-password", "GET /api/v1/scorecards", "GET /api/v1/scorecards/{licence}");
    private static final Set<String> PARTNER_PATHS = Set.of("/api/v1/feeds/", "/api/v1/webhooks", "/api/v1/agreements");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PATH_IDS = Map.of("caseId", "CaseId", "referralId", "ReferralId",
            "agencyId", "AgencyId", "agreementId", "AgreementId", "staffId", "StaffId");

    private final Map<String, Contract> contracts = new HashMap<>();

    public ContractCustomizer() {
        contracts.putAll(CaseContracts.all());
        contracts.putAll(OtherContracts.all());
        contracts.putAll(AccountContracts.all());
        contracts.putAll(RecruitmentContracts.all());
    }

    @Override
    public void customise(OpenAPI openApi) {
        TypedIdSchemas.addMissing(openApi.getComponents());
        ErrorResponses.addTo(openApi.getComponents());
        RequestSchemas.apply(openApi.getComponents());
        // Generated for the SSE return types and referenced by nothing: the streams are documented as text.
        openApi.getComponents().getSchemas().keySet().removeIf(name -> name.startsWith("ServerSentEvent"));
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(method + " " + path, path, method, operation)));
    }

    private void document(String key, String path, PathItem.HttpMethod method, Operation operation) {
        Contract contract = contracts.get(key);
        if (contract == null) {
            operation.addExtension(UNDOCUMENTED, true);
            return;
        }
        operation.setOperationId(contract.operationId());
        boolean secured = !PUBLIC.contains(key);
        if (contract.example() != null) {
            example(operation, contract);
        }
        operation.setResponses(responses(operation.getResponses(), contract, errors(path, operation, contract, secured)));
        if ((method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) && idempotent(path)) {
            operation.addParametersItem(header("Idempotency-Key", "Repeat a command safely: a repeat within 24 hours "
                    + "answers the first response; the key with another body is a 400", "^[A-Za-z0-9._:-]{1,128}$"));
        }
        if (method == PathItem.HttpMethod.POST && path.startsWith(CaseContracts.CASE + "/")) {
            operation.addParametersItem(header("If-Match", "The case's ETag as last read: 412 if it changed since",
                    "^\"[0-9]{1,19}\"$"));
        }
        parameters(operation);
        bound(operation);
        operation.setSecurity(!secured ? List.of() : partnerMayCall(path)
                ? List.of(new SecurityRequirement().addList(ApiDocument.BEARER), new SecurityRequirement().addList(ApiDocument.PARTNER))
                : List.of(new SecurityRequirement().addList(ApiDocument.BEARER)));
    }

    /** Path ids as the kernel's typed ids; every other parameter bounded; closed sets as enums. */
    private static void parameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            String id = PATH_IDS.get(parameter.getName());
            if ("path".equals(parameter.getIn()) && id != null) {
                parameter.setSchema(Bodies.ref(id));
            } else if (parameter.getName().equals("direction")) {
                parameter.setSchema(new StringSchema()._enum(List.of("incoming", "outgoing"))._default("incoming"));
            } else if (parameter.getName().equals("format")) {
                parameter.setSchema(new StringSchema()._enum(List.of("jsonl", "csv"))._default("jsonl"));
            } else if (parameter.getName().equals("processingGroup") || parameter.getName().equals("webhookId")) {
                parameter.getSchema().setMaxLength(100);
            }
            Bounds.apply(parameter.getName(), parameter.getSchema());
        }
    }

    /** Bounds on inline bodies; streamed text (CSV, JSON Lines) is a string, not the array the generator infers. */
    private static void bound(Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> Bounds.apply("", media.getSchema()));
        }
        operation.getResponses().values().stream().filter(r -> r.getContent() != null).forEach(r -> r.getContent()
                .forEach((type, media) -> {
                    if (type.equals("text/csv") || type.equals("application/x-ndjson")) {
                        media.setSchema(new StringSchema().maxLength(Integer.MAX_VALUE).description(
                                type.equals("text/csv") ? "CSV with a header line" : "One JSON object a line"));
                    }
                    Bounds.apply("", media.getSchema());
                }));
    }

    private static boolean idempotent(String path) {
        // Every command of the API and the admin operations that start work (a rebuild, a backup, a dead-letter
        // retry); the staff accounts under an agency and an account's unlock are not commands (AccountManagement).
        return path.startsWith("/api/v1/cases") || path.startsWith("/api/v1/agencies") && !path.contains("/accounts")
                || path.startsWith("/api/v1/agreements") || path.startsWith("/api/v1/complaints")
                || path.startsWith("/api/v1/recruiting-agencies")
                || path.startsWith("/api/v1/admin/") && !path.startsWith("/api/v1/admin/accounts/");
    }

    private static boolean partnerMayCall(String path) {
        return PARTNER_PATHS.stream().anyMatch(path::startsWith);
    }

    private static Set<Integer> errors(String path, Operation operation, Contract contract, boolean secured) {
        Set<Integer> errors = new TreeSet<>(contract.errors());
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            errors.add(400);
        }
        if (secured) {
            errors.addAll(List.of(401, 403));
        }
        if (path.contains("{")) {
            errors.add(404);
        }
        if (body) {
            errors.addAll(List.of(413, 415));
        }
        if (path.startsWith("/api/") || path.startsWith("/oauth2/")) {
            errors.add(429);
        }
        errors.add(500);
        return errors;
    }

    private static ApiResponses responses(ApiResponses generated, Contract contract, Set<Integer> errors) {
        ApiResponse generatedOk = generated == null ? null : generated.get("200");
        ApiResponse success = new ApiResponse().description(contract.description());
        if (contract.body() != null) {
            String media = contract.bodyMediaType() == null ? "application/json" : contract.bodyMediaType();
            success.setContent(new Content().addMediaType(media, new MediaType().schema(contract.body())));
        } else if (contract.status() != 204 && generatedOk != null && generatedOk.getContent() != null) {
            Content content = new Content();
            generatedOk.getContent().forEach((media, type) -> content.addMediaType(
                    media.equals("*/*") ? "application/json" : media, type));
            success.setContent(content);
        }
        if (contract.location()) {
            success.addHeaderObject("Location", new Header().description("Where the created resource is")
                    .schema(new StringSchema().format("uri-reference").maxLength(2048)));
        }
        if (contract.etag()) {
            success.addHeaderObject("ETag", new Header().description("The case's version, for If-Match")
                    .schema(new StringSchema().pattern("^\"[0-9]{1,19}\"$").maxLength(21)));
        }
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse(String.valueOf(contract.status()), success);
        errors.forEach(status -> responses.addApiResponse(String.valueOf(status), ErrorResponses.reference(status)));
        return responses;
    }

    private static void example(Operation operation, Contract contract) {
        boolean form = contract.exampleMediaType().equals("application/x-www-form-urlencoded");
        if (form) {
            operation.setRequestBody(new RequestBody().required(true).content(new Content().addMediaType(
                    contract.exampleMediaType(), new MediaType().schema(Bodies.ref("ClientCredentials")))));
        }
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            operation.addExtension(UNDOCUMENTED, "an example for an operation without a request body");
            return;
        }
        MediaType media = operation.getRequestBody().getContent().get(contract.exampleMediaType());
        if (media == null) {
            operation.addExtension(UNDOCUMENTED, "no " + contract.exampleMediaType() + " request body");
            return;
        }
        media.setExample(form ? formFields(contract.example()) : parse(contract.example()));
        if (!contract.alsoRequired().isEmpty()) {
            media.setSchema(new ComposedSchema().allOf(List.of(media.getSchema(),
                    new Schema<>().required(contract.alsoRequired()))));
        }
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A documented example is not JSON: " + json, e);
        }
    }

    private static Map<String, String> formFields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(kv[0], kv[1]);
        }
        return fields;
    }

    private static HeaderParameter header(String name, String description, String pattern) {
        HeaderParameter parameter = new HeaderParameter();
        parameter.setName(name);
        parameter.setRequired(false);
        parameter.setDescription(description);
        parameter.setSchema(new StringSchema().pattern(pattern).maxLength(130));
        return parameter;
    }
}
