package org.setu.kernel.recruitment;

import org.setu.kernel.common.Checks;
import org.setu.kernel.referral.CaseId;

import java.util.regex.Pattern;

/**
 * A complaint's id, assigned by the API: {@code K} and a UUID. The complainant's data key lives in the same vault as
 * case subjects' keys, under {@link #subjectKey()}; case ids begin with {@code C}, so the two never meet.
 */
public record ComplaintId(String value) {

    private static final Pattern FORMAT = Pattern.compile("K[A-Za-z0-9-]{3,63}");

    public ComplaintId {
        Checks.identifier(value, "complaintId", FORMAT);
    }

    /** The id the subject-key vault knows the complainant's key by (docs/decisions/0012). */
    public CaseId subjectKey() {
        return new CaseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
