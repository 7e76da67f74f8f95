package org.setu.api.common.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/** Field paths ({@code subject.dateOfBirth}, {@code services[0].districts[1]}) and plain reasons for reader errors. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    static String reason(DatabindException refused) {
        if (refused instanceof StrictStringDeserializer.RefusedText text) {
            return text.getOriginalMessage();
        }
        if (refused instanceof InvalidNullException) {
            return "must not hold null";
        }
        Class<?> target = refused instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "has the wrong type or format";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "must be a number";
        }
        if (target == LocalDate.class) {
            return "must be a date such as 1990-01-31";
        }
        if (target == Duration.class) {
            return "must be an ISO-8601 duration such as PT30M";
        }
        if (target == Instant.class || Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 time such as 2025-01-31T10:15:30Z";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "must be an object";
        }
        return refused instanceof InvalidFormatException ? "has the wrong format" : "has the wrong type";
    }
}
