package org.setu.command.referral;

import org.setu.kernel.referral.CaseEvent;

import java.util.List;

/**
 * What the case rules decided for one command: the events to apply, then the deadlines to schedule or cancel, in
 * this order. A refusal is not a decision but a {@code SetuException} whose {@code ErrorCode} names it.
 */
record Decision(List<CaseEvent> events, List<DeadlineIntent> deadlines) {

    /** A command that changes nothing (a second erasure). */
    static final Decision NOTHING = new Decision(List.of(), List.of());

    Decision {
        events = List.copyOf(events);
        deadlines = List.copyOf(deadlines);
    }

    static Decision of(CaseEvent event, DeadlineIntent... deadlines) {
        return new Decision(List.of(event), List.of(deadlines));
    }
}
