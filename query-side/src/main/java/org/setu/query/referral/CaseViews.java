package org.setu.query.referral;

import org.setu.kernel.query.BreakGlassView;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.NoteView;
import org.setu.kernel.query.ReferralView;
import org.setu.kernel.referral.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Folds a case's events into its {@link CaseView}: a pure function, shared by the projections that need case state.
 * One step per event type, each a wither of the view named for what happened. Java 17 has no exhaustive pattern
 * switch: the class refuses to load while a permitted subtype of {@link CaseEvent} lacks a step, and {@link #apply}
 * fails loudly on an event it has no step for instead of skipping it.
 */
public final class CaseViews {

    /** How the view changes with an event of one type that happened {@code at}. */
    @FunctionalInterface
    private interface Step<E extends CaseEvent> {
        CaseView apply(CaseView view, E event, Instant at);
    }

    private static final Map<Class<?>, Step<CaseEvent>> STEPS = new LinkedHashMap<>();

    static {
        on(CaseOpenedEvent.class, (v, e, at) -> CaseView.opened(e.caseId(), e.leadAgency(), e.facts(), e.subject(),
                e.consent(), at));
        on(ConsentRecordedEvent.class, (v, e, at) -> v.withConsent(e.consent()));
        on(ConsentWithdrawnEvent.class, (v, e, at) -> v.withConsentWithdrawn());
        on(ConsentOverriddenEvent.class, (v, e, at) -> v.withConsentOverride(e.agency()));
        on(NoteAddedEvent.class, (v, e, at) -> v.withNote(new NoteView(e.noteId(), e.authorAgency(),
                e.stamp().actor().staffId(), e.visibility(), e.text(), at)));
        on(ReferralRequestedEvent.class, (v, e, at) -> v.withReferral(ReferralView.requested(e.referralId(),
                e.fromAgency(), e.toAgency(), e.serviceType(), e.urgency(), e.note(), at, e.decisionDueAt())));
        on(ReferralAcceptedEvent.class, (v, e, at) ->
                v.withReferral(e.referralId(), r -> r.accepted(e.firstServiceDueAt(), at)));
        on(ReferralDeclinedEvent.class, (v, e, at) ->
                v.withReferral(e.referralId(), r -> r.declined(e.reasonCode(), e.reason(), at)));
        on(ReferralServiceStartedEvent.class, (v, e, at) -> v.withReferral(e.referralId(), ReferralView::serviceStarted));
        on(ReferralCompletedEvent.class, (v, e, at) -> v.withReferral(e.referralId(), r -> r.completed(e.outcome(), at)));
        on(ReferralFailedEvent.class, (v, e, at) -> v.withReferral(e.referralId(), r -> r.failed(e.reason(), at)));
        on(ReferralWithdrawnEvent.class, (v, e, at) -> v.withReferral(e.referralId(), r -> r.withdrawn(e.reason(), at)));
        on(ReferralEscalatedEvent.class, (v, e, at) -> v.withReferral(e.referralId(), r -> r.escalated(e.deadline())));
        on(LeadTransferRequestedEvent.class, (v, e, at) -> v.withLeadOfferedTo(e.toAgency()));
        on(LeadTransferAcceptedEvent.class, (v, e, at) -> v.ledBy(e.toAgency()));
        on(LeadTransferDeclinedEvent.class, (v, e, at) -> v.withLeadOfferDeclined());
        on(CaseClosedEvent.class, (v, e, at) -> v.closed());
        on(CaseReopenedEvent.class, (v, e, at) -> v.reopened());
        on(SubjectErasedEvent.class, (v, e, at) -> v.erased());
        on(BreakGlassGrantedEvent.class, (v, e, at) -> v.withBreakGlass(new BreakGlassView(e.grantId(),
                e.stamp().actor().staffId(), e.reason(), at, e.expiresAt())));
        requireEveryType(CaseEvent.class, STEPS.keySet());
    }

    private CaseViews() {
    }

    /**
     * The view after {@code event} (sequence {@code seq}); {@code view} is null before the case was opened, and an
     * event of a case never seen opened leaves it null.
     */
    public static CaseView apply(CaseView view, CaseEvent event, long seq, Instant at) {
        Step<CaseEvent> step = STEPS.get(event.getClass());
        if (step == null) {
            throw new IllegalStateException("No case view step for " + event.getClass().getName()
                    + ": the event would be lost");
        }
        if (view == null && !(event instanceof CaseOpenedEvent)) {
            return null;
        }
        return step.apply(view, event, at).touched(seq, at);
    }

    /** Refuses a dispatch without a step for every permitted subtype (and theirs) of {@code sealed}. */
    static void requireEveryType(Class<?> sealed, Set<Class<?>> handled) {
        Set<Class<?>> missing = leaves(sealed).stream().filter(type -> !handled.contains(type))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No step of " + sealed.getSimpleName() + " for " + missing);
        }
    }

    private static Set<Class<?>> leaves(Class<?> type) {
        if (!type.isSealed()) {
            return Set.of(type);
        }
        return Arrays.stream(type.getPermittedSubclasses()).flatMap(t -> leaves(t).stream()).collect(Collectors.toSet());
    }

    private static <E extends CaseEvent> void on(Class<E> type, Step<E> step) {
        STEPS.put(type, (view, event, at) -> step.apply(view, type.cast(event), at));
    }
}
