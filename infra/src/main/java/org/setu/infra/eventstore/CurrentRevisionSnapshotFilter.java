package org.setu.infra.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;

import java.util.Objects;

/**
 * Reads a snapshot only when it was written with the revision its aggregate class declares now ({@code @Revision}
 * on the aggregate). A snapshot of another revision may still deserialize — with a renamed field silently null — so
 * it is not read at all, and the aggregate is rebuilt from its events: a snapshot is only ever a shortcut. One rule
 * for every aggregate, in the store, so that no aggregate's configuration can forget it.
 */
final class CurrentRevisionSnapshotFilter implements SnapshotFilter {

    private final Serializer snapshotSerializer;
    private final RevisionResolver revisions = new AnnotationRevisionResolver();

    CurrentRevisionSnapshotFilter(Serializer snapshotSerializer) {
        this.snapshotSerializer = snapshotSerializer;
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        SerializedType stored = snapshot.getPayload().getType();
        Class<?> aggregate = snapshotSerializer.classForType(new SimpleSerializedType(stored.getName(), null));
        return Objects.equals(stored.getRevision(), revisions.revisionOf(aggregate));
    }
}
