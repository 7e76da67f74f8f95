package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;

/** The staff members of one agency (an empty list for an agency with none, or none known). */
public record FindAgencyStaffQuery(AgencyId agencyId) {
}
