package org.setu.command.referral;

import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.referral.SlaDeadline;

import java.time.Instant;

/** The payload of a scheduled SLA deadline: which referral, which deadline, due when. */
public record ReferralDeadlinePassed(ReferralId referralId, SlaDeadline deadline, Instant dueAt) {

    /** One deadline name per referral and kind, so that meeting it cancels exactly that one. */
    public static String name(ReferralId referralId, SlaDeadline deadline) {
        return "referral-sla:" + deadline + ":" + referralId;
    }
}
