package org.setu.kernel.common;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.Arrays;

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
    /**
     * A person's or an organisation's name: text on one line, without the bidirectional embedding, override and
     * isolate characters (U+202A-U+202E, U+2066-U+2069) that make a name display as something else.
     */
    public static String name(String value, String field, int max) {
        String name = text(value, field, max);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " must not contain the "
                        + "bidirectional control character U+" + String.format("%04X", (int) c));
            }
            if (c == '\n' || c == '\t' || c == '\r') {
                throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " must be on one line");
            }
        }
        return name;
    }

    /**
     * An identifier typed by people, such as a phone or passport number (optional): as {@link #optionalText}, then
     * in Unicode NFC and with every decimal digit as its ASCII digit (Bengali {@code ০১৭} reads {@code 017}), so
     * that the same number is stored and compared as the same text however it was keyed in.
     */
    public static String optionalIdentifierText(String value, String field, int max) {
        String text = optionalText(value, field, max);
        return text == null ? null : normalisedIdentifier(text);
    }

    /** NFC, and decimal digits of any script as ASCII digits. */
    public static String normalisedIdentifier(String value) {
        String composed = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder ascii = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                ascii.append((char) ('0' + digit));
            } else {
                ascii.appendCodePoint(c);
            }
        });
        return ascii.toString();
    }

    /** A date no later than {@code latest} (a birth date is not in the future); null stays null. */
    public static LocalDate notAfter(LocalDate date, LocalDate latest, String field) {
        if (date != null && date.isAfter(latest)) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " must not be in the future");
        }
        return date;
    }

    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        throw new InvalidInputException(ErrorCode.INVALID_INPUT, field, field + " must be one of "
                + Arrays.toString(type.getEnumConstants()) + " but was '" + abbreviate(value) + "'");
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
