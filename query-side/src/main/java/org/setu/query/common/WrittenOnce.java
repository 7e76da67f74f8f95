package org.setu.query.common;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.function.Predicate;

/**
 * A document written once under its {@code _id}: a redelivered event finds the one its first delivery wrote before a
 * crash; a different one already there (a writer whose head was stale) is refused with the store's duplicate-key
 * error, never overwritten.
 */
public final class WrittenOnce {

    private WrittenOnce() {
    }

    /**
     * @param same whether the stored document is this one, written by an earlier delivery of the same event
     * @return null when inserted now, else the stored document (which {@code same} accepted)
     */
    public static Document insert(MongoCollection<Document> collection, Document document, Predicate<Document> same) {
        try {
            collection.insertOne(document);
            return null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document there = collection.find(Filters.eq("_id", document.get("_id"))).first();
            if (there == null || !same.test(there)) {
                throw e;
            }
            return there;
        }
    }
}
