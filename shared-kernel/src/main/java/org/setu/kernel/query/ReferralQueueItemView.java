package org.setu.kernel.query;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.Parties;
import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.Urgency;

import java.time.Instant;

/** A row of a referral work queue: no personal data. */
public record ReferralQueueItemView(ReferralId referralId, CaseId caseId, AgencyId fromAgency, AgencyId toAgency,
                                    ServiceType serviceType, Urgency urgency, ReferralStatus status,
                                    Instant requestedAt, Instant decisionDueAt, Instant firstServiceDueAt,
                                    boolean overdue) implements Parties.Link {
}
