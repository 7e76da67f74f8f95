package org.setu.kernel.common;

/** Refused because the request itself is malformed: a missing, empty, oversized or ill-formed value. */
public class InvalidInputException extends SetuException {

    public InvalidInputException(ErrorCode code, String message) {
        super(code, message);
    }
}
