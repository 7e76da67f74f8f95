package org.setu.kernel.sharing;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.referral.*;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The versioned CloudEvents types a partner feed can carry; an agreement names some of them, or "*" for all. */
public final class FeedEventTypes {

    public static final String ALL = "*";
    /**
     * Every event a partner feed carries, with its type: the feed writes an event under this type, an agreement may
     * name only these, and nothing else is shared (notes, consent, erasure, sharing within the network, deployments).
     */
    private static final Map<Class<?>, String> BY_EVENT = Map.ofEntries(
            Map.entry(CaseOpenedEvent.class, "org.setu.case.opened.v1"),
            Map.entry(CaseClosedEvent.class, "org.setu.case.closed.v1"),
            Map.entry(CaseReopenedEvent.class, "org.setu.case.reopened.v1"),
            Map.entry(LeadTransferAcceptedEvent.class, "org.setu.case.lead-transferred.v1"),
            Map.entry(ReferralRequestedEvent.class, "org.setu.referral.requested.v1"),
            Map.entry(ReferralAcceptedEvent.class, "org.setu.referral.accepted.v1"),
            Map.entry(ReferralDeclinedEvent.class, "org.setu.referral.declined.v1"),
            Map.entry(ReferralServiceStartedEvent.class, "org.setu.referral.started.v1"),
            Map.entry(ReferralCompletedEvent.class, "org.setu.referral.completed.v1"),
            Map.entry(ReferralFailedEvent.class, "org.setu.referral.failed.v1"),
            Map.entry(ReferralWithdrawnEvent.class, "org.setu.referral.withdrawn.v1"),
            Map.entry(ReferralEscalatedEvent.class, "org.setu.referral.escalated.v1"),
            Map.entry(ComplaintFiledEvent.class, "org.setu.complaint.filed.v1"),
            Map.entry(ComplaintRegisteredEvent.class, "org.setu.complaint.registered.v1"),
            Map.entry(RecruiterNotifiedEvent.class, "org.setu.complaint.agency-notified.v1"),
            Map.entry(HearingHeldEvent.class, "org.setu.complaint.hearing-held.v1"),
            Map.entry(AwardMadeEvent.class, "org.setu.complaint.awarded.v1"),
            Map.entry(PaymentRecordedEvent.class, "org.setu.complaint.payment-recorded.v1"),
            Map.entry(AwardDefaultedEvent.class, "org.setu.complaint.award-defaulted.v1"),
            Map.entry(ComplaintReferredToCourtEvent.class, "org.setu.complaint.referred-to-court.v1"),
            Map.entry(ComplaintWithdrawnEvent.class, "org.setu.complaint.withdrawn.v1"),
            Map.entry(ComplaintClosedEvent.class, "org.setu.complaint.closed.v1"),
            Map.entry(ComplaintReopenedEvent.class, "org.setu.complaint.reopened.v1"),
            Map.entry(ComplaintEscalatedEvent.class, "org.setu.complaint.escalated.v1"),
            Map.entry(RecruitingAgencyLicensedEvent.class, "org.setu.recruiting-agency.licensed.v1"),
            Map.entry(SanctionImposedEvent.class, "org.setu.recruiting-agency.sanctioned.v1"),
            Map.entry(SanctionAppealedEvent.class, "org.setu.recruiting-agency.sanction-appealed.v1"),
            Map.entry(AppealDecidedEvent.class, "org.setu.recruiting-agency.appeal-decided.v1"));

    public static final Set<String> KNOWN = Set.copyOf(BY_EVENT.values());

    private FeedEventTypes() {
    }

    /** The feed type of an event, or null when a feed does not carry it. */
    public static String of(Object event) {
        return ofType(event.getClass());
    }

    /** The feed type of events of this class, or null when a feed does not carry them. */
    public static String ofType(Class<?> eventType) {
        return BY_EVENT.get(eventType);
    }

    /** The types as given, refused with the unknown ones named. */
    public static Set<String> requireKnown(Set<String> types) {
        if (types == null || types.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "eventTypes", "eventTypes must name at least one type, or \"*\"");
        }
        Set<String> unknown = new TreeSet<>(types);
        unknown.removeAll(KNOWN);
        unknown.remove(ALL);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "eventTypes",
                    "unknown event types " + unknown + "; known: " + new TreeSet<>(KNOWN) + " or \"*\"");
        }
        return Set.copyOf(types);
    }
}
