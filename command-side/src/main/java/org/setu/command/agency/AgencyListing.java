package org.setu.command.agency;

import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;

import java.util.Set;

/** What the write model needs to know of an agency to validate a referral to it. */
public record AgencyListing(AgencyId agencyId, AgencyType type, boolean active, Set<ServiceType> services) {

    public AgencyListing {
        services = Set.copyOf(services);
    }
}
