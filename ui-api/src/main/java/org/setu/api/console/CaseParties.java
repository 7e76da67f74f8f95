package org.setu.api.console;

import org.setu.api.referral.CaseDetail;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.referral.Parties;
import org.setu.kernel.referral.ReferralStatus;

import java.util.List;

/**
 * A case as the API shows it to the caller, read by the one need-to-know policy ({@link Parties}): the console's
 * case page asks it who is on the case, and keeps no copy of the rule. The caller sees at least its own referrals,
 * so what it asks about itself is answered as the case view would.
 */
record CaseParties(AgencyId lead, List<Link> links) implements Parties {

    /** A referral of the case detail as the policy sees it. */
    record Link(CaseDetail.Referral referral) implements Parties.Link {
        @Override
        public AgencyId fromAgency() {
            return new AgencyId(referral.fromAgency());
        }

        @Override
        public AgencyId toAgency() {
            return new AgencyId(referral.toAgency());
        }

        @Override
        public ReferralStatus status() {
            return referral.status();
        }
    }

    static CaseParties of(CaseDetail c) {
        return new CaseParties(new AgencyId(c.leadAgency()), c.referrals().stream().map(Link::new).toList());
    }
}
