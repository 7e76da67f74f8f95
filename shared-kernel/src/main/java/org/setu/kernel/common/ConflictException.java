package org.setu.kernel.common;

/** Refused because the resource exists already or was changed concurrently. */
public class ConflictException extends SetuException {

    public ConflictException(ErrorCode code, String message) {
        super(code, message);
    }
}
