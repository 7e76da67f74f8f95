package org.setu.kernel.privacy;

import org.setu.kernel.referral.CaseCategory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Closed, not yet erased cases whose retention period has run out at {@code now}: closed longer ago than the period
 * of their category. Categories without a period are kept.
 */
public record FindErasuresDueQuery(Instant now, Map<CaseCategory, Duration> periods, int limit) {

    public FindErasuresDueQuery {
        periods = Map.copyOf(periods);
    }
}
