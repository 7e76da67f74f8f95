package org.setu.api.openapi;

import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * States the limits a client meets on every string, integer and array the document names, where the generated
 * schema says none: bodies are at most 64 KB and pages at most 100 items, so no value is unbounded. Explicit limits
 * (from the kernel's Limits, patterns, enums) are kept.
 */
final class Bounds {

    static final int BODY_LIMIT = 65_536;
    private static final Map<String, BigDecimal[]> NAMED = Map.of(
            "size", range(1, 100), "page", range(0, 100_000), "limit", range(1, 500));

    private Bounds() {
    }

    private static BigDecimal[] range(long min, long max) {
        return new BigDecimal[]{BigDecimal.valueOf(min), BigDecimal.valueOf(max)};
    }

    static void apply(String name, Schema<?> schema) {
        apply(name, schema, 0);
    }

    private static void apply(String name, Schema<?> schema, int depth) {
        if (schema == null || schema.get$ref() != null || depth > 20) {
            return;
        }
        Set<String> types = schema.getTypes() != null ? schema.getTypes()
                : schema.getType() != null ? Set.of(schema.getType()) : Set.of();
        if (types.contains("string") && schema.getMaxLength() == null && schema.getEnum() == null && schema.getConst() == null) {
            schema.setMaxLength(schema.getFormat() != null ? 64 : BODY_LIMIT);
        }
        if (types.contains("integer")) {
            BigDecimal[] named = NAMED.get(name);
            if (schema.getMinimum() == null) {
                schema.setMinimum(named != null ? named[0] : BigDecimal.ZERO);
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(named != null ? named[1] : BigDecimal.valueOf(
                        "int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (types.contains("array") && schema.getMaxItems() == null) {
            schema.setMaxItems(10_000);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((property, value) -> apply(property, value, depth + 1));
        }
        apply(name, schema.getItems(), depth + 1);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            apply(name, values, depth + 1);
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> apply(name, part, depth + 1));
        }
    }
}
