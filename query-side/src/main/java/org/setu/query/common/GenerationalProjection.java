package org.setu.query.common;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;

import java.util.List;

/**
 * A projection whose collections live in {@link Generations}: its processing group, its collections, where to write
 * (the generation being built, or the serving one) and where to read, and the reset that starts a new generation.
 */
public abstract class GenerationalProjection implements RebuildableProjection {

    protected final Generations generations;
    private final String group;
    private final List<String> collections;

    protected GenerationalProjection(Generations generations, String group, String... collections) {
        this.generations = generations;
        this.group = group;
        this.collections = List.of(collections);
    }

    @Override
    public final String processingGroup() {
        return group;
    }

    @Override
    public final List<String> collections() {
        return collections;
    }

    protected MongoCollection<Document> write(String base) {
        return generations.forWrite(group, base);
    }

    protected MongoCollection<Document> read(String base) {
        return generations.forRead(group, base);
    }

    /** A replay from the start fills a new generation; queries keep reading the old one until it is done. */
    @ResetHandler
    protected final void reset() {
        generations.startBuilding(this);
        startedGeneration();
    }

    /** What else a projection empties when a new generation starts (e.g. an in-memory mirror of its rows). */
    protected void startedGeneration() {
    }
}
