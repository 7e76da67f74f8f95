package org.setu.kernel.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * A recruiting agency's licence as it stands, from its sanctions in force: the one rule, used by the write side's
 * rules and by the agency view alike. A sanction overturned on appeal is not in force; a suspension is in force for
 * its period; a cancellation for good.
 */
public enum LicenceStatus {
    LICENSED, SUSPENDED, CANCELLED;

    /** What of a sanction the status follows from. */
    public interface Terms {
        SanctionKind kind();

        Instant imposedAt();

        Integer suspensionDays();

        boolean overturned();

        default boolean inForce(Instant now) {
            if (overturned()) {
                return false;
            }
            return kind() != SanctionKind.SUSPENSION
                    || now.isBefore(imposedAt().plus(Duration.ofDays(suspensionDays())));
        }
    }

    public static LicenceStatus of(Collection<? extends Terms> sanctions, Instant now) {
        boolean suspended = false;
        for (Terms s : sanctions) {
            if (s.inForce(now) && s.kind() == SanctionKind.CANCELLATION) {
                return CANCELLED;
            }
            suspended |= s.inForce(now) && s.kind() == SanctionKind.SUSPENSION;
        }
        return suspended ? SUSPENDED : LICENSED;
    }
}
