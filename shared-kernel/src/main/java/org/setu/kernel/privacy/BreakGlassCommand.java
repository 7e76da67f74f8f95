package org.setu.kernel.privacy;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.referral.CaseCommand;
import org.setu.kernel.referral.CaseId;

import java.time.Duration;

/**
 * A SECRETARIAT_REVIEWER opens one case's personal data to themself for a limited time, with a reason: the grant and
 * every use are audited and shown to the lead agency, and it lapses by itself.
 */
public record BreakGlassCommand(CaseId caseId, GrantId grantId, String reason, Duration duration, Stamp stamp)
        implements CaseCommand {

    /** The longest a grant may last. */
    public static final Duration MAX_DURATION = Duration.ofHours(8);

    public BreakGlassCommand {
        Checks.required(caseId, "caseId");
        Checks.required(grantId, "grantId");
        reason = Checks.text(reason, "reason", Limits.REASON);
        Checks.required(duration, "duration");
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new InvalidInputException(ErrorCode.BREAK_GLASS_TOO_LONG, "duration", "A grant lasts more than zero "
                    + "and at most " + MAX_DURATION + "; asked for " + duration);
        }
        Checks.required(stamp, "stamp");
    }
}
