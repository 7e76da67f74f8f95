package org.setu.kernel.sharing;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import java.util.Set;
import java.util.TreeSet;

/** The versioned CloudEvents types a partner feed can carry; an agreement names some of them, or "*" for all. */
public final class FeedEventTypes {

    public static final String ALL = "*";
    public static final Set<String> KNOWN = Set.of(
            "org.setu.case.opened.v1", "org.setu.case.closed.v1", "org.setu.case.reopened.v1",
            "org.setu.referral.requested.v1", "org.setu.referral.accepted.v1", "org.setu.referral.declined.v1",
            "org.setu.referral.started.v1", "org.setu.referral.completed.v1", "org.setu.referral.failed.v1",
            "org.setu.referral.withdrawn.v1", "org.setu.referral.escalated.v1", "org.setu.case.lead-transferred.v1",
            "org.setu.complaint.filed.v1", "org.setu.complaint.registered.v1", "org.setu.complaint.agency-notified.v1",
            "org.setu.complaint.hearing-held.v1", "org.setu.complaint.awarded.v1",
            "org.setu.complaint.payment-recorded.v1", "org.setu.complaint.award-defaulted.v1",
            "org.setu.complaint.referred-to-court.v1", "org.setu.complaint.withdrawn.v1",
            "org.setu.complaint.closed.v1", "org.setu.complaint.reopened.v1", "org.setu.complaint.escalated.v1",
            "org.setu.recruiting-agency.licensed.v1", "org.setu.recruiting-agency.sanctioned.v1",
            "org.setu.recruiting-agency.sanction-appealed.v1", "org.setu.recruiting-agency.appeal-decided.v1");

    private FeedEventTypes() {
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
