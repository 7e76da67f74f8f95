package org.setu.command.referral;

import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.referral.SlaDeadline;

import java.time.Instant;

/** A deadline a decision asks for: scheduled when a referral starts to wait, cancelled when the wait is over. */
sealed interface DeadlineIntent {

    ReferralId referral();

    SlaDeadline deadline();

    record Schedule(ReferralId referral, SlaDeadline deadline, Instant due) implements DeadlineIntent {
    }

    record Cancel(ReferralId referral, SlaDeadline deadline) implements DeadlineIntent {
    }
}
