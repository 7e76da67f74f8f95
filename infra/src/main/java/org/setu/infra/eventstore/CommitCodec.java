package org.setu.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Turns the events of one commit into a commit document and back into Axon's serialized event data. */
final class CommitCodec {

    private final Serializer serializer;

    CommitCodec(Serializer serializer) {
        this.serializer = serializer;
    }

    /**
     * A commit of one aggregate's events, or of events that belong to no aggregate (these get a key of their own:
     * the first event's id, so the aggregate index never sees them collide).
     */
    Document encode(String commitId, List<? extends EventMessage<?>> events, long committedAtMillis) {
        EventMessage<?> first = events.get(0);
        boolean domain = first instanceof DomainEventMessage<?>;
        String aggregateId = domain ? ((DomainEventMessage<?>) first).getAggregateIdentifier() : first.getIdentifier();
        long firstSeq = domain ? ((DomainEventMessage<?>) first).getSequenceNumber() : 0;
        List<Document> encoded = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            encoded.add(encodeEvent(event));
        }
        return new Document("commitId", commitId)
                .append("aggregateType", domain ? ((DomainEventMessage<?>) first).getType() : null)
                .append("aggregateId", aggregateId)
                .append("firstSeq", firstSeq)
                .append("lastSeq", firstSeq + events.size() - 1)
                .append("committedAt", committedAtMillis)
                .append("events", encoded);
    }

    private Document encodeEvent(EventMessage<?> event) {
        SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
        SerializedObject<String> metaData = serializer.serialize(event.getMetaData(), String.class);
        return new Document("eventId", event.getIdentifier())
                .append("payloadType", payload.getType().getName())
                .append("revision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData())
                .append("timestamp", event.getTimestamp().toString());
    }

    Document encodeSnapshot(DomainEventMessage<?> snapshot) {
        return encodeEvent(snapshot)
                .append("_id", snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("seq", snapshot.getSequenceNumber());
    }

    GenericDomainEventEntry<String> decodeSnapshot(Document d) {
        return entry(d.get("_id"), d.getString("aggregateType"), d.getString("_id"), d.getLong("seq"), d);
    }

    /** The events of a commit from index {@code fromIndex} on, each tagged with its tracking position. */
    List<TrackedDomainEventData<String>> decode(Document commit, int fromIndex) {
        Object id = commit.get("_id");
        try {
            long position = (Long) id;
            String type = commit.getString("aggregateType");
            String aggregateId = Objects.requireNonNull(commit.getString("aggregateId"), "aggregateId");
            long firstSeq = commit.getLong("firstSeq");
            List<Document> events = commit.getList("events", Document.class);
            List<TrackedDomainEventData<String>> out = new ArrayList<>(events.size());
            for (int i = Math.max(0, fromIndex); i < events.size(); i++) {
                var entry = entry(id, type, aggregateId, firstSeq + i, events.get(i));
                out.add(new TrackedDomainEventData<>(new EventPosition(position, i).token(), entry));
            }
            return out;
        } catch (ClassCastException | NullPointerException e) {
            throw new CorruptCommitException(id, "a field is missing or of the wrong type (" + e.getMessage() + ")", e);
        }
    }

    private static GenericDomainEventEntry<String> entry(Object commitId, String type, String aggregateId, long seq,
                                                         Document e) {
        String payload = e.getString("payload");
        String payloadType = e.getString("payloadType");
        if (payload == null || payloadType == null || e.getString("eventId") == null) {
            throw new CorruptCommitException(commitId, "an event lacks its id, type or payload");
        }
        return new GenericDomainEventEntry<>(type, aggregateId, seq, e.getString("eventId"), e.getString("timestamp"),
                payloadType, e.getString("revision"), payload, e.getString("metaData"));
    }
}
