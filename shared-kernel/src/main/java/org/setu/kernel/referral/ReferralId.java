package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;

import java.util.regex.Pattern;

/** A referral's id within its case. */
public record ReferralId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{4,64}");

    public ReferralId {
        Checks.identifier(value, "referralId", FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
