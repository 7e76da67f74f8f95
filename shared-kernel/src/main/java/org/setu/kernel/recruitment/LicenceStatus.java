package org.setu.kernel.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

/**
 * A recruiting agency's licence as it stands, from its sanctions in force: the one rule, used by the write side's
 * rules and by the agency view alike. A sanction overturned on appeal is not in force; a suspension is in force for
 * its period; a cancellation for good.
 */
public enum LicenceStatus {
    // From the least to the gravest: a cancellation outweighs a suspension.
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

    /** The gravest of what the sanctions in force do to the licence ({@link SanctionKind#licence}); licensed without. */
    public static LicenceStatus of(Collection<? extends Terms> sanctions, Instant now) {
        return sanctions.stream().filter(s -> s.inForce(now)).map(s -> s.kind().licence())
                .max(Comparator.naturalOrder()).orElse(LICENSED);
    }
}
