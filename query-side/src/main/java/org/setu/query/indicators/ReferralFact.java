package org.setu.query.indicators;

import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.MigrationStage;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.SlaDeadline;

import java.time.Instant;
import java.util.Set;

/** What the indicators need to know of one referral: its cell, its timeline, its outcome. No personal data. */
public record ReferralFact(String referralId, String month, CaseCategory category, MigrationStage migrationStage,
                           String district, String agency, Instant requestedAt, Instant decidedAt, Instant endedAt,
                           ReferralStatus status, Set<SlaDeadline> breaches) {

    public ReferralFact {
        breaches = breaches == null ? Set.of() : Set.copyOf(breaches);
    }

    String cell() {
        return String.join("|", month, category.name(), migrationStage.name(), district, agency);
    }
}
