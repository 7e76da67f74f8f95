package org.setu.kernel.common;

/** Refused because the actor's role or agency does not allow this action. */
public class ForbiddenActionException extends SetuException {

    public ForbiddenActionException(ErrorCode code, String message) {
        super(code, message);
    }
}
