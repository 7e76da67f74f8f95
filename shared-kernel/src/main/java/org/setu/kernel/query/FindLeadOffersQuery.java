package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;

/**
 * The open cases whose lead is offered to an agency, answered as {@link CaseSummaryView}s (no personal data): the
 * agency offered the lead may see that the offer exists and answer it before it has any other access.
 */
public record FindLeadOffersQuery(AgencyId agency) {
}
