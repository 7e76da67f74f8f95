package org.setu.kernel.sharing;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.referral.CaseCategory;

import java.time.Instant;
import java.util.Set;

/**
 * What a partner may receive: event types, case categories and districts (empty = all districts), how cases are
 * identified, and for how long.
 */
public record AgreementTerms(Set<String> eventTypes, Set<CaseCategory> categories, Set<String> districts,
                             IdentifierPolicy identifiers, Instant validFrom, Instant validUntil) {

    public AgreementTerms {
        eventTypes = FeedEventTypes.requireKnown(eventTypes);
        if (categories == null || categories.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "categories", "categories must name at least one category");
        }
        categories = Set.copyOf(categories);
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        identifiers = identifiers == null ? IdentifierPolicy.PSEUDONYMOUS : identifiers;
        Checks.required(validUntil, "validUntil");
        if (validFrom != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "validUntil", "validUntil must be after validFrom");
        }
    }
}
