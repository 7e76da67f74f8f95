package org.setu.command.recruitment;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.setu.kernel.recruitment.ComplaintFiledEvent;
import org.setu.kernel.recruitment.ComplaintId;
import org.setu.kernel.recruitment.Licence;
import org.setu.kernel.recruitment.RecruitingAgencyLicensedEvent;

import java.util.Optional;

/**
 * The lookups read straight from the aggregates' own streams, by exact key: only the first event of a stream is
 * read, the one that made it (a licence entered, a complaint filed), and neither ever changes. So the answer is
 * never behind a committed command and there is nothing to rebuild.
 */
public final class EventSourcedRecruitmentLookup implements RecruitmentLookup {

    private final EventStore events;

    public EventSourcedRecruitmentLookup(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean licensed(Licence licence) {
        return first(licence.value()).filter(RecruitingAgencyLicensedEvent.class::isInstance).isPresent();
    }

    @Override
    public Optional<Licence> respondentOf(ComplaintId complaintId) {
        return first(complaintId.value()).filter(ComplaintFiledEvent.class::isInstance)
                .map(e -> ((ComplaintFiledEvent) e).facts().recruitingAgency());
    }

    private Optional<Object> first(String aggregateId) {
        DomainEventStream stream = events.readEvents(aggregateId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        return first.getSequenceNumber() == 0 ? Optional.of(first.getPayload()) : Optional.empty();
    }
}
