package org.setu.command.agency;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.RuleViolationException;

import java.util.Optional;

/**
 * A set-validation lookup: the registered agencies, kept current synchronously with the agency events, so that a
 * case can check a referral's receiving agency without loading another aggregate.
 */
public interface AgencyDirectory {

    Optional<AgencyListing> find(AgencyId agencyId);

    /** The agency, registered and not suspended; refused otherwise. */
    default AgencyListing requireActive(AgencyId agencyId) {
        AgencyListing listing = find(agencyId).orElseThrow(() -> new RuleViolationException(ErrorCode.UNKNOWN_AGENCY,
                "No agency '" + agencyId + "' is registered"));
        if (!listing.active()) {
            throw new RuleViolationException(ErrorCode.AGENCY_SUSPENDED, "Agency '" + agencyId + "' is suspended");
        }
        return listing;
    }
}
