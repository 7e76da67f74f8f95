package org.setu.infra.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.FindCaseAsOfQuery;
import org.setu.kernel.query.FindCaseEventsQuery;
import org.setu.kernel.query.RecordedCaseEvent;
import org.setu.kernel.referral.CaseEvent;
import org.setu.query.referral.CaseViews;

import java.util.ArrayList;
import java.util.List;

/**
 * Time travel: a case as it stood at any instant, folded from its own events up to then with the same function the
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
        CaseView view = null;
        var stream = events.readEvents(query.caseId().value());
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(query.asOf())) {
                break;
            }
            if (event.getPayload() instanceof CaseEvent caseEvent) {
                view = CaseViews.apply(view, caseEvent, event.getSequenceNumber(), event.getTimestamp());
            }
        }
        return view;
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
