package org.setu.api.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebInputException;
import org.setu.kernel.common.ErrorCode;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Problems for a request Spring could not read: its body (not JSON, a key twice, content after it) or a parameter. */
final class InputProblems {

    private InputProblems() {
    }

    static ProblemDetail of(ServerWebInputException input) {
        for (Throwable cause = input.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DataBufferLimitException) {
                return ProblemMapping.tooLarge();
            }
        }
        if (input instanceof MissingRequestValueException missing) {
            return invalid(missing.getName(), missing.getName() + " is required (" + missing.getLabel() + ")");
        }
        if (input.getCause() instanceof TypeMismatchException mismatch) {
            return parameter(input.getMethodParameter(), mismatch);
        }
        Throwable json = input.getCause() == null ? null : input.getCause().getCause();
        if (json instanceof JsonParseException parse) {
            return body(parse);
        }
        if (json instanceof JsonMappingException mapping && mapping.getOriginalMessage().startsWith("Trailing token")) {
            return invalid(null, "The body holds more than one JSON value: nothing may follow it");
        }
        if (json instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return field.isEmpty() ? invalid(null, "The body must be a JSON object of the documented shape")
                    : invalid(field, field + " has the wrong type or format");
        }
        if (json instanceof JsonProcessingException || input.getCause() != null) {
            return invalid(null, "The body is not valid JSON");
        }
        return invalid(null, input.getReason() == null ? "The request could not be read" : input.getReason());
    }

    private static ProblemDetail body(JsonParseException parse) {
        String message = parse.getOriginalMessage();
        if (message.startsWith("Duplicate field '")) {
            String field = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
            return invalid(field, field + " appears more than once in the same object");
        }
        JsonLocation at = parse.getLocation();
        return invalid(null, "The body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    /** A query parameter, path variable or header of the wrong type: its name, and the values it takes. */
    private static ProblemDetail parameter(MethodParameter parameter, TypeMismatchException mismatch) {
        String name = parameterName(parameter, mismatch);
        Class<?> type = mismatch.getRequiredType();
        String value = String.valueOf(mismatch.getValue());
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        String message;
        if (type != null && type.isEnum()) {
            message = name + " must be one of " + Arrays.toString(type.getEnumConstants()) + " but was '" + shown + "'";
        } else if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            message = name + " must be a whole number but was '" + shown + "'";
        } else {
            message = name + " has the wrong format: '" + shown + "'";
        }
        ProblemDetail problem = invalid(name, message);
        if (type != null && type.isEnum()) {
            problem.setProperty("allowed", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        return problem;
    }

    private static String parameterName(MethodParameter parameter, TypeMismatchException mismatch) {
        if (parameter != null) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && !param.name().isEmpty()) {
                return param.name();
            }
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null && !header.name().isEmpty()) {
                return header.name();
            }
            if (parameter.getParameterName() != null) {
                return parameter.getParameterName();
            }
        }
        return mismatch.getPropertyName() == null ? "parameter" : mismatch.getPropertyName();
    }

    private static ProblemDetail invalid(String field, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT.code(), "Invalid input", message);
        if (field != null) {
            problem.setProperty("errors", ProblemMapping.error(field, message));
        }
        return problem;
    }
}
