package org.setu.infra.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.FindCaseAsOfQuery;
import org.setu.kernel.query.FindCaseEventsQuery;
import org.setu.kernel.query.RecordedCaseEvent;
import org.setu.kernel.recruitment.ComplaintEvent;
import org.setu.kernel.recruitment.ComplaintView;
import org.setu.kernel.recruitment.FindComplaintAsOfQuery;
import org.setu.kernel.referral.CaseEvent;
import org.setu.query.recruitment.ComplaintViews;
import org.setu.query.referral.CaseViews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Time travel: a case (or a complaint) as it stood at any instant, folded from its own events up to then with the same function the
 * case-view projection uses (one walk of the case's commits by exact keys); and the case's events as they are, for
 * the console's history in plain language.
 */
public class CaseHistory {

    private final EventStore events;

    public CaseHistory(EventStore events) {
        this.events = events;
    }

    @QueryHandler
    public CaseView handle(FindCaseAsOfQuery query) {
        return asOf(query.caseId().value(), query.asOf(), CaseEvent.class, CaseViews::apply);
    }

    /** A complaint as it stood then: the same walk, with the complaint-view projection's own function. */
    @QueryHandler
    public ComplaintView handle(FindComplaintAsOfQuery query) {
        return asOf(query.complaintId().value(), query.asOf(), ComplaintEvent.class, ComplaintViews::apply);
    }

    /** One aggregate's view folded from its events up to {@code asOf}, oldest first; null before its first event. */
    private <V, E> V asOf(String aggregateId, Instant asOf, Class<E> type, Fold<V, E> apply) {
        V view = null;
        var stream = events.readEvents(aggregateId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            if (type.isInstance(event.getPayload())) {
                view = apply.apply(view, type.cast(event.getPayload()), event.getSequenceNumber(), event.getTimestamp());
            }
        }
        return view;
    }

    private interface Fold<V, E> {
        V apply(V view, E event, long seq, Instant at);
    }

    /** The case's events, oldest first; empty for an unknown case. Callers check need-to-know before asking. */
    @QueryHandler
    public List<RecordedCaseEvent> handle(FindCaseEventsQuery query) {
        List<RecordedCaseEvent> recorded = new ArrayList<>();
        var stream = events.readEvents(query.caseId().value());
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof CaseEvent caseEvent) {
                recorded.add(new RecordedCaseEvent(event.getSequenceNumber(), event.getTimestamp(), caseEvent));
            }
        }
        return recorded;
    }
}
