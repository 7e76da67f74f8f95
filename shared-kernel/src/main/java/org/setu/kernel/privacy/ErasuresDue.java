package org.setu.kernel.privacy;

import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseId;

import java.time.Instant;
import java.util.List;

/** The answer to {@link FindErasuresDueQuery}, oldest closure first. */
public record ErasuresDue(List<Due> cases) {

    public ErasuresDue {
        cases = List.copyOf(cases);
    }

    public record Due(CaseId caseId, CaseCategory category, Instant closedAt) {
    }
}
