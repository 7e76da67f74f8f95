package org.setu.command.recruitment;

import org.setu.kernel.common.Stamp;
import org.setu.kernel.recruitment.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.setu.kernel.recruitment.ComplaintDeadline.FIRST_HEARING;
import static org.setu.kernel.recruitment.ComplaintDeadline.REGISTRATION;

/**
 * When a complaint's deadlines start and end, as pure functions of its events, and whether one that passed was
 * missed. Receipt starts the registration wait, registration ends it and starts the wait for a first hearing, the
 * hearing ends that one; an ending (withdrawal, court, closing) ends both. A deadline that fires after its wait
 * ended — a cancellation lost, or a reopened complaint — finds the complaint moved on and changes nothing.
 */
final class ComplaintDeadlines {

    /** A deadline an event asks for. */
    sealed interface Intent {
        ComplaintDeadline deadline();
    }

    record Schedule(ComplaintDeadline deadline, Instant due) implements Intent {
    }

    record Cancel(ComplaintDeadline deadline) implements Intent {
    }

    private ComplaintDeadlines() {
    }

    static List<Intent> after(ComplaintEvent event, ComplaintSla sla) {
        Instant at = event.stamp().at();
        if (event instanceof ComplaintFiledEvent) {
            return List.of(new Schedule(REGISTRATION, at.plus(sla.limit(REGISTRATION))));
        }
        if (event instanceof ComplaintRegisteredEvent) {
            return List.of(new Cancel(REGISTRATION), new Schedule(FIRST_HEARING, at.plus(sla.limit(FIRST_HEARING))));
        }
        if (event instanceof HearingHeldEvent) {
            return List.of(new Cancel(FIRST_HEARING));
        }
        if (event instanceof ComplaintWithdrawnEvent || event instanceof ComplaintReferredToCourtEvent
                || event instanceof ComplaintClosedEvent) {
            return List.of(new Cancel(REGISTRATION), new Cancel(FIRST_HEARING));
        }
        return List.of();
    }

    /**
     * The escalation of a deadline that passed while its wait was still on; empty if it was met meanwhile, or if it
     * escalated already (a deadline delivered twice, as a lease that ran out can).
     */
    static Optional<ComplaintEvent> escalation(ComplaintDeadlinePassed passed, ComplaintState state) {
        boolean waiting = state.exists() && !state.status().ended() && !state.escalated().contains(passed.deadline())
                && (passed.deadline() == REGISTRATION
                ? state.status() == ComplaintStatus.RECEIVED
                : state.status() != ComplaintStatus.RECEIVED && state.hearings() == 0);
        if (!waiting) {
            return Optional.empty();
        }
        String name = ComplaintDeadlinePassed.name(passed.complaintId(), passed.deadline());
        return Optional.of(new ComplaintEscalatedEvent(state.complaintId(), passed.deadline(), passed.dueAt(),
                state.receivingAgency(), Stamp.bySetu(name, passed.dueAt())));
    }
}
