package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;

import java.util.regex.Pattern;

/** A sanction's id, assigned by the API: {@code S} and a UUID. */
public record SanctionId(String value) {

    private static final Pattern FORMAT = Pattern.compile("S[A-Za-z0-9-]{3,63}");

    public SanctionId {
        Checks.identifier(value, "sanctionId", FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
