package org.setu.infra.query;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The processors' progress as every node sees it: the tokens in the shared token store, which a node writes after its
 * handlers wrote the batch (so a token at a position means every read model has what it covers, whichever node ran
 * it). Read without claiming anything; the token collection holds one small document per processor segment.
 */
final class SharedProgress {

    private static final Duration SEGMENT_COUNTS_TTL = Duration.ofSeconds(5);
    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final Clock clock;
    private volatile Map<String, Integer> segmentCounts = Map.of();
    private volatile long segmentCountsReadAt = Long.MIN_VALUE;

    SharedProgress(MongoCollection<Document> tokens, Serializer serializer, Clock clock) {
        this.tokens = tokens;
        this.serializer = serializer;
        this.clock = clock;
    }

    /** Segments per processor as last read (at most a few seconds old): whether this node holds all of a processor. */
    int segments(String processor) {
        long now = clock.millis();
        if (now - segmentCountsReadAt > SEGMENT_COUNTS_TTL.toMillis()) {
            Map<String, Integer> counts = new HashMap<>();
            for (Document d : tokens.find().projection(new Document("processorName", 1))) {
                counts.merge(d.getString("processorName"), 1, Integer::sum);
            }
            segmentCounts = counts;
            segmentCountsReadAt = now;
        }
        return segmentCounts.getOrDefault(processor, 0);
    }

    /** Every segment's stored position, by processor and segment (empty: no event handled yet). */
    Map<String, Map<Integer, OptionalLong>> positions() {
        Map<String, Map<Integer, OptionalLong>> positions = new HashMap<>();
        for (Document d : tokens.find()) {
            Binary bytes = d.get("token", Binary.class);
            OptionalLong position = bytes == null ? OptionalLong.empty() : serializer.<byte[], TrackingToken>deserialize(
                    new SimpleSerializedObject<>(bytes.getData(), byte[].class, d.getString("tokenType"), null)).position();
            positions.computeIfAbsent(d.getString("processorName"), p -> new HashMap<>()).put(d.getInteger("segment"), position);
        }
        return positions;
    }
}
