package org.setu.kernel.recruitment;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.privacy.Sealed;

/** A complaint was received by {@code receivingAgency}; the complainant is sealed under their own key, the facts are in clear. */
@Revision("1")
public record ComplaintFiledEvent(ComplaintId complaintId,
                                  AgencyId receivingAgency,
                                  ComplaintFacts facts,
                                  Sealed complainant,
                                  ComplaintConsent consent,
                                  Stamp stamp) implements ComplaintEvent {
}
