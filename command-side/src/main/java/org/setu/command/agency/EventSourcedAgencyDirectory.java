package org.setu.command.agency;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.setu.kernel.agency.AgencyReactivatedEvent;
import org.setu.kernel.agency.AgencyRegisteredEvent;
import org.setu.kernel.agency.AgencySuspendedEvent;
import org.setu.kernel.agency.AgencyUpdatedEvent;
import org.setu.kernel.agency.ServiceOffering;
import org.setu.kernel.common.AgencyId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The directory read straight from the agencies' own event streams, so it is never behind a committed agency event
 * (no projection lag, nothing to rebuild). Each node caches what it folded and reads only newer events: usually one
 * exact-key lookup that finds nothing.
 */
public final class EventSourcedAgencyDirectory implements AgencyDirectory {

    private final EventStore events;
    private final Map<AgencyId, Folded> cache = new ConcurrentHashMap<>();

    private record Folded(long nextSeq, AgencyListing listing) {
    }

    public EventSourcedAgencyDirectory(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<AgencyListing> find(AgencyId agencyId) {
        // Caught up outside any lock, so that concurrent commands do not queue here; the newest fold wins.
        Folded folded = catchUp(agencyId, cache.get(agencyId));
        if (folded == null) {
            return Optional.empty();
        }
        Folded kept = cache.merge(agencyId, folded, (a, b) -> a.nextSeq() >= b.nextSeq() ? a : b);
        return Optional.of(kept.listing());
    }

    private Folded catchUp(AgencyId id, Folded known) {
        long next = known == null ? 0 : known.nextSeq();
        AgencyListing listing = known == null ? null : known.listing();
        var stream = events.readEvents(id.value(), next);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            listing = apply(listing, event.getPayload());
            next = event.getSequenceNumber() + 1;
        }
        return listing == null ? null : new Folded(next, listing);
    }

    private static AgencyListing apply(AgencyListing listing, Object event) {
        if (event instanceof AgencyRegisteredEvent e) {
            return new AgencyListing(e.agencyId(), e.type(), true, e.services().stream()
                    .map(ServiceOffering::serviceType).collect(Collectors.toSet()));
        }
        if (listing == null) {
            return null;
        }
        if (event instanceof AgencyUpdatedEvent e) {
            return new AgencyListing(listing.agencyId(), e.type(), listing.active(), e.services().stream()
                    .map(ServiceOffering::serviceType).collect(Collectors.toSet()));
        }
        if (event instanceof AgencySuspendedEvent) {
            return new AgencyListing(listing.agencyId(), listing.type(), false, listing.services());
        }
        if (event instanceof AgencyReactivatedEvent) {
            return new AgencyListing(listing.agencyId(), listing.type(), true, listing.services());
        }
        return listing;
    }
}
