package org.setu.kernel.common;

/** A refused request: carries a stable {@link ErrorCode}; nothing was written. */
public class SetuException extends RuntimeException {

    private final ErrorCode code;

    public SetuException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
