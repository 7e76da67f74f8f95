package org.setu.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.setu.api.problem.Problems;
import org.setu.kernel.common.ErrorCode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * The shared RFC 9457 {@code Problem} schema and one reusable response per error status, each listing the stable
 * problem types it carries (the kernel's error codes of that kind, plus the web layer's own).
 */
final class ErrorResponses {

    static final String PROBLEM_JSON = "application/problem+json";

    /** Status → (component name, what it means, problem codes beyond the kernel's error codes of its kind). */
    private static final Map<Integer, StatusDoc> BY_STATUS = new LinkedHashMap<>();

    private record StatusDoc(String name, String meaning, ErrorCode.Kind kind, List<String> webCodes) {
    }

    static {
        add(400, "BadRequest", "The request is malformed or a field is invalid; `errors` names each field",
                ErrorCode.Kind.INVALID_INPUT, "invalid-input");
        add(401, "Unauthorized", "No token, or one that is expired, forged or from another issuer", null, "unauthorized",
                "invalid-credentials");
        add(403, "Forbidden", "The caller's role or agency may not do this", ErrorCode.Kind.FORBIDDEN, "forbidden");
        add(404, "NotFound", "No such resource, or the caller has no need to know about it (the same answer)",
                ErrorCode.Kind.NOT_FOUND, "not-found");
        add(409, "Conflict", "The resource exists already, or another request changed it at the same time",
                ErrorCode.Kind.CONFLICT);
        add(412, "PreconditionFailed", "The case changed since the ETag sent in If-Match: read it again", null,
                "precondition-failed");
        add(413, "PayloadTooLarge", "The body is larger than 64 KB", null, "payload-too-large");
        add(415, "UnsupportedMediaType", "The body is not application/json", null, "unsupported-media-type");
        add(422, "UnprocessableContent", "A business rule refused the request (docs/lifecycle.md)", ErrorCode.Kind.RULE);
        add(429, "TooManyRequests", "Too many requests from this client; retry after Retry-After seconds",
                ErrorCode.Kind.TOO_MANY, "rate-limited");
        add(500, "InternalError", "Setu failed; the problem's correlationId identifies the request in the log", null,
                "internal-error");
    }

    private ErrorResponses() {
    }

    private static void add(int status, String name, String meaning, ErrorCode.Kind kind, String... webCodes) {
        BY_STATUS.put(status, new StatusDoc(name, meaning, kind, List.of(webCodes)));
    }

    static boolean known(int status) {
        return BY_STATUS.containsKey(status);
    }

    static ApiResponse reference(int status) {
        return new ApiResponse().$ref("#/components/responses/" + BY_STATUS.get(status).name());
    }

    static void addTo(Components components) {
        components.addSchemas("ValidationError", new ObjectSchema()
                .addProperty("field", new StringSchema().maxLength(200).description("The field, as a JSON path"))
                .addProperty("message", new StringSchema().maxLength(2000))
                .required(List.of("field", "message")));
        components.addSchemas("Problem", problemSchema());
        BY_STATUS.forEach((status, entry) -> components.addResponses(entry.name(), response(status, entry)));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem. `type` is stable: clients branch on it, never on `title` or `detail`.")
                .addProperty("type", new StringSchema().format("uri").maxLength(200)
                        .example(Problems.TYPE_BASE + "outside-consent"))
                .addProperty("title", new StringSchema().maxLength(200).example("Outside consent"))
                .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).example(422))
                .addProperty("detail", new StringSchema().maxLength(2000)
                        .description("In the language of `Accept-Language` (Bangla or English)"))
                .addProperty("englishDetail", new StringSchema().maxLength(2000)
                        .description("When `detail` is in Bangla: the English detail, which may name a field or value"))
                .addProperty("instance", new StringSchema().format("uri-reference").maxLength(2000))
                .addProperty("correlationId", new StringSchema().maxLength(128)
                        .description("On a 500: quote it when reporting the failure"))
                .addProperty("errors", new ArraySchema().maxItems(100)
                        .items(new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + "ValidationError")))
                .required(List.of("type", "title", "status"));
    }

    private static ApiResponse response(int status, StatusDoc entry) {
        String types = codes(entry).stream().map(code -> "`" + code + "`").collect(Collectors.joining(", "));
        ApiResponse response = new ApiResponse()
                .description(entry.meaning() + ". Problem types (" + Problems.TYPE_BASE + "<code>): " + types + ".")
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + "Problem"))));
        if (status == 401) {
            response.addHeaderObject("WWW-Authenticate", new Header().description("`Bearer`")
                    .schema(new StringSchema().maxLength(200)));
        }
        if (status == 429) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                    .schema(new IntegerSchema().minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(3600))));
        }
        return response;
    }

    static List<String> codes(StatusDoc entry) {
        var kernel = entry.kind() == null ? Stream.<String>empty()
                : Arrays.stream(ErrorCode.values()).filter(c -> c.kind() == entry.kind()).map(ErrorCode::code);
        return Stream.concat(entry.webCodes().stream(), kernel).distinct().toList();
    }
}
