package org.setu.kernel.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refused because the request itself is malformed: a missing, empty, oversized or ill-formed value. Carries every
 * refused field of the request, so that a client learns all of them at once.
 */
public class InvalidInputException extends SetuException {

    private final List<FieldError> errors;

    public InvalidInputException(ErrorCode code, String message) {
        this(code, null, message);
    }

    public InvalidInputException(ErrorCode code, String field, String message) {
        super(code, message);
        this.errors = field == null ? List.of() : List.of(new FieldError(field, code, message));
    }

    /** Several refused fields: the code is theirs when they share one, {@code invalid-input} otherwise. */
    public InvalidInputException(List<FieldError> errors) {
        super(commonCode(errors), errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** The first offending field, when one is to blame. */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    /** Every offending field, in the order found; empty when no single field is to blame. */
    public List<FieldError> errors() {
        return errors;
    }

    private static ErrorCode commonCode(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field error");
        }
        ErrorCode first = errors.get(0).code();
        return errors.stream().allMatch(e -> e.code() == first) ? first : ErrorCode.INVALID_INPUT;
    }
}
