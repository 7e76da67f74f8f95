package org.setu.kernel.common;

import java.util.regex.Pattern;

/** Input checks shared by the message contract's value types. */
public final class Checks {

    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " is required");
        }
        return value;
    }

    /** Non-blank text of at most {@code max} characters, trimmed. */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(ErrorCode.TEXT_REQUIRED, field, field + " must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(ErrorCode.TEXT_TOO_LONG, field,
                    field + " is " + trimmed.length() + " characters long; at most " + max + " are allowed");
        }
        return trimmed;
    }

    /** Optional text: null or blank becomes null; otherwise as {@link #text}. */
    public static String optionalText(String value, String field, int max) {
        return value == null || value.isBlank() ? null : text(value, field, max);
    }

    /** An enum constant by its exact name; the error lists the allowed values. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " must be one of "
                + java.util.Arrays.toString(type.getEnumConstants()) + " but was '" + abbreviate(value) + "'");
    }

    public static String identifier(String value, String field, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidInputException(ErrorCode.INVALID_IDENTIFIER, field,
                    field + " must match " + pattern.pattern() + " but was '" + abbreviate(value) + "'");
        }
        return value;
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
