package org.setu.kernel.common;

/** Refused because the case, referral or agency does not exist (or the actor may not know it does). */
public class UnknownResourceException extends SetuException {

    public UnknownResourceException(ErrorCode code, String message) {
        super(code, message);
    }
}
