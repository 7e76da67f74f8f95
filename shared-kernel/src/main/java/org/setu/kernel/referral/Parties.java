package org.setu.kernel.referral;

import org.setu.kernel.common.AgencyId;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is on a case, and so who may see it: the one need-to-know policy. The write side's case state, the case view,
 * the caseload lists, the referral queues and the API all ask these functions; none keeps its own copy of the rule.
 *
 * <p>An implementation supplies only the facts — the lead agency and its referrals as {@link Link}s — and the policy
 * is written here once: the lead and every agency with an active referral are on the case ({@link #onCase}); a
 * receiving agency whose referral ended is off it; an agency offered the lead is not on it until it accepts.
 */
public interface Parties {

    /** The agency that leads the case. */
    AgencyId lead();

    /** Every referral of the case, ended ones included, in the order they were made where the holder keeps one. */
    Collection<? extends Link> links();

    /** A referral as the policy sees it: who sent the case to whom, and where the referral stands. */
    interface Link {
        AgencyId fromAgency();

        AgencyId toAgency();

        ReferralStatus status();

        /** The agency sends or receives this referral (what a queue shows it, and a non-lead reader of the case). */
        default boolean involves(AgencyId agency) {
            return toAgency().equals(agency) || fromAgency().equals(agency);
        }
    }

    default boolean leads(AgencyId agency) {
        return lead().equals(agency);
    }

    /** A referral gives its receiver access while it is active: need-to-know ends with the referral. */
    default boolean givesAccess(Link referral) {
        return referral.status().isActive();
    }

    /** The agencies with an active referral: they receive the case while the referral lasts. */
    default Set<AgencyId> activeReceivers() {
        Set<AgencyId> receivers = new LinkedHashSet<>();
        links().stream().filter(this::givesAccess).forEach(l -> receivers.add(l.toAgency()));
        return receivers;
    }

    /** Need-to-know: the lead agency, or an agency with an active referral on the case. */
    default boolean onCase(AgencyId agency) {
        return leads(agency) || activeReceivers().contains(agency);
    }

    /** Everyone {@link #onCase}: the lead first, then the active receivers. */
    default Set<AgencyId> withAccess() {
        Set<AgencyId> agencies = new LinkedHashSet<>();
        agencies.add(lead());
        agencies.addAll(activeReceivers());
        return agencies;
    }

    /** Which referrals an agency reading the case sees: the lead all of them, others those they send or receive. */
    default boolean seesReferral(AgencyId agency, Link referral) {
        return leads(agency) || referral.involves(agency);
    }
}
