package org.setu.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Validates an OpenAPI 3.1 document with a real JSON Schema validator (networknt) against the specification's own
 * schema ({@code schema-base}: the document's structure and every Schema Object as JSON Schema 2020-12), and values
 * against the document's schemas.
 */
final class OpenApiValidator {

    private static final String OAS = "https://spec.openapis.org/oas/3.1/";
    private static final String SCHEMA_BASE = OAS + "schema-base/2021-04-15";
    private static final String DOCUMENT = "https://setu.example/openapi.json";
    private static final Map<String, String> SPECIFICATION = Map.of(
            OAS + "schema/2021-04-15", resource("schema.json"),
            SCHEMA_BASE, resource("schema-base.json"),
            OAS + "dialect/base", resource("dialect-base.json"),
            OAS + "meta/base", resource("meta-base.json"));

    private final SchemaRegistry values;

    OpenApiValidator(String document) {
        this.values = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, document)));
    }

    /** What makes the document invalid OpenAPI 3.1; empty when it is valid. */
    static List<String> documentErrors(JsonNode document) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(SPECIFICATION));
        Schema schema = registry.getSchema(SchemaLocation.of(SCHEMA_BASE));
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    /** What in the value breaks the schema at a JSON pointer of the document, e.g. {@code /components/schemas/CaseDetail}. */
    List<String> valueErrors(String pointer, JsonNode value) {
        Schema schema = values.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
        return schema.validate(value).stream().map(Error::toString).toList();
    }

    static String pointer(String... segments) {
        StringBuilder pointer = new StringBuilder();
        for (String segment : segments) {
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiValidator.class.getResourceAsStream("/openapi/oas-3.1/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
