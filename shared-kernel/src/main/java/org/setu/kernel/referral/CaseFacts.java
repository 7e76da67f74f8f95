package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.FieldErrors;
import org.setu.kernel.common.Limits;

import java.util.Set;

/**
 * The non-personal facts of a case: kept in clear, so indicators work and survive erasure of the subject. Every
 * refused field is reported at once.
 */
public record CaseFacts(CaseCategory category, MigrationStage migrationStage, String countryOfOrigin,
                        String countryOfDestination, String district, Set<Vulnerability> vulnerabilities) {

    public CaseFacts {
        FieldErrors errors = new FieldErrors();
        errors.check(category, v -> Checks.required(v, "category"));
        errors.check(migrationStage, v -> Checks.required(v, "migrationStage"));
        countryOfOrigin = errors.check(countryOfOrigin, v -> Checks.optionalText(v, "countryOfOrigin", 2));
        countryOfDestination = errors.check(countryOfDestination, v -> Checks.optionalText(v, "countryOfDestination", 2));
        district = errors.check(district, v -> Checks.text(v, "district", Limits.SHORT));
        errors.throwIfAny();
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
    }
}
