package org.setu.kernel.common;

/** Refused because the request itself is malformed: a missing, empty, oversized or ill-formed value. */
public class InvalidInputException extends SetuException {

    private final String field;

    public InvalidInputException(ErrorCode code, String message) {
        this(code, null, message);
    }

    public InvalidInputException(ErrorCode code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    /** The offending field, when one is to blame. */
    public String field() {
        return field;
    }
}
