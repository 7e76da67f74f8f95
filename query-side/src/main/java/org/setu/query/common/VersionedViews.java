package org.setu.query.common;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.function.UnaryOperator;

/**
 * One view document per id, stored as JSON with the sequence number of the last event applied, so that a redelivered
 * event changes nothing. Used by projections whose views are folded per aggregate (directory, agreements).
 */
public final class VersionedViews {

    private VersionedViews() {
    }

    /**
     * Applies {@code change} to the stored view (null when none) unless {@code seq} was applied already; a null
     * result stores nothing. {@code extra} fields are stored beside the view for querying.
     */
    public static <V> void update(MongoCollection<Document> views, String id, long seq, Class<V> type,
                                  UnaryOperator<V> change, Document extra) {
        Document stored = views.find(new Document("_id", id)).first();
        if (stored != null && stored.getLong("version") >= seq) {
            return;
        }
        V next = change.apply(stored == null ? null : JsonViews.read(stored.getString("view"), type));
        if (next != null) {
            Document doc = new Document("_id", id).append("version", seq).append("view", JsonViews.write(next));
            doc.putAll(extra);
            views.replaceOne(new Document("_id", id), doc, new ReplaceOptions().upsert(true));
        }
    }
}
