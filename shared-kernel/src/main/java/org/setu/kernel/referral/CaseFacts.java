package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;

import java.util.Set;

/** The non-personal facts of a case: kept in clear, so indicators work and survive erasure of the subject. */
public record CaseFacts(CaseCategory category, MigrationStage migrationStage, String countryOfOrigin,
                        String countryOfDestination, String district, Set<Vulnerability> vulnerabilities) {

    public CaseFacts {
        Checks.required(category, "category");
        Checks.required(migrationStage, "migrationStage");
        countryOfOrigin = Checks.optionalText(countryOfOrigin, "countryOfOrigin", 2);
        countryOfDestination = Checks.optionalText(countryOfDestination, "countryOfDestination", 2);
        district = Checks.text(district, "district", Limits.SHORT);
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
    }
}
