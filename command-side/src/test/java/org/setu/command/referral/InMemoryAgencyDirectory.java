package org.setu.command.referral;

import org.setu.command.agency.AgencyDirectory;
import org.setu.command.agency.AgencyListing;
import org.setu.kernel.common.AgencyId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The registry as the fixtures see it. */
final class InMemoryAgencyDirectory implements AgencyDirectory {

    private final Map<AgencyId, AgencyListing> listings = new HashMap<>();

    InMemoryAgencyDirectory with(AgencyListing listing) {
        listings.put(listing.agencyId(), listing);
        return this;
    }

    @Override
    public Optional<AgencyListing> find(AgencyId agencyId) {
        return Optional.ofNullable(listings.get(agencyId));
    }
}
