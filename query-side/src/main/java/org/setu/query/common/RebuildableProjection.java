package org.setu.query.common;

import org.bson.conversions.Bson;

import java.util.List;
import java.util.Map;

/** A projection whose collections live in {@link Generations}, so that it can be rebuilt while still serving. */
public interface RebuildableProjection {

    String processingGroup();

    /** The base names of every collection the projection writes. */
    List<String> collections();

    /** Secondary indexes per collection base name, for real MongoDB (the embedded server ignores them). */
    default Map<String, List<Bson>> indexes() {
        return Map.of();
    }
}
