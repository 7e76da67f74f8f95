package org.setu.infra.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Serializes aggregate snapshots field by field: aggregates keep their state in private fields without getters (the
 * message records use their components). The serialized type carries the aggregate's {@code @Revision}; a snapshot
 * of another revision is not read ({@link CurrentRevisionSnapshotFilter}), and one that no longer reads — a property
 * the class does not have is an error, not ignored — is skipped: either way the aggregate is rebuilt from its events,
 * so a snapshot is only ever a shortcut, never half-read.
 */
public final class SnapshotSerializer {

    private SnapshotSerializer() {
    }

    public static Serializer create() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
