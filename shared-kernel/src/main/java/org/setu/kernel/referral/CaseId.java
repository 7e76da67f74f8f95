package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;

import java.util.regex.Pattern;

/** A referral case's id (assigned by the API when the case is opened). */
public record CaseId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{4,64}");

    public CaseId {
        Checks.identifier(value, "caseId", FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
