package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;

/** One agency of the directory (answered with null when unknown). */
public record FindAgencyQuery(AgencyId agencyId) {
}
