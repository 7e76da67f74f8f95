package org.setu.kernel.common;

/** Refused because a business rule of the referral lifecycle refuses the action. */
public class RuleViolationException extends SetuException {

    public RuleViolationException(ErrorCode code, String message) {
        super(code, message);
    }
}
