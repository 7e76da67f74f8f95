package org.setu.kernel.sharing;

import org.setu.kernel.common.Checks;

import java.util.regex.Pattern;

/** A data-sharing agreement's id (assigned by the API; starts with "A" so it is never an agency or case id). */
public record AgreementId(String value) {

    private static final Pattern FORMAT = Pattern.compile("A[A-Za-z0-9-]{3,63}");

    public AgreementId {
        Checks.identifier(value, "agreementId", FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
