package org.setu.kernel.referral;

import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.AgencyId;

import java.util.Set;

/** Whom the subject agreed to share their case with (named agencies or whole agency types), and for what. */
public record Consent(Set<AgencyId> agencies, Set<AgencyType> agencyTypes, Set<ConsentPurpose> purposes) {

    public static final Consent NONE = new Consent(Set.of(), Set.of(), Set.of());

    public Consent {
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        agencyTypes = agencyTypes == null ? Set.of() : Set.copyOf(agencyTypes);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
    }

    public boolean covers(AgencyId agency, AgencyType type) {
        return agencies.contains(agency) || (type != null && agencyTypes.contains(type));
    }

    /**
     * Consent or override: the subject agreed to share with the agency (by name or type), or the lead recorded an
     * override for it. The one rule that gates referrals and lead transfers (write side) and personal data (API).
     */
    public boolean allows(AgencyId agency, AgencyType type, Set<AgencyId> overrides) {
        return covers(agency, type) || overrides.contains(agency);
    }
}
