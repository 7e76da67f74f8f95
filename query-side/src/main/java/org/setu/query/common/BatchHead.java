package org.setu.query.common;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;

/**
 * The head document of a projection that numbers events (the audit trail, the partner feed), read once per batch of
 * events instead of once per event (issue 17). A tracking processor hands a batch to its handlers in one unit of
 * work, and only the processor holding the single segment writes the head, so the head written for one event is the
 * one the next event of the batch would read. It is kept in the unit of work and nowhere else: the next batch, a batch
 * handed over again after a failure, and another node's processor read the stored head afresh. Its write is kept back
 * with the batch's entries and markers and stored after them ({@link BatchWrites}); a handler that fails (the
 * dead-letter queue lets the rest of the batch go on) has written nothing, so the kept head stays the one the events
 * before it moved. Outside a unit of work (a test calling a handler directly) every read goes to the store.
 */
public final class BatchHead {

    private static final String ID = "head";
    private static final Document NONE = new Document();

    private BatchHead() {
    }

    /** The head as this batch last read or wrote it; from the store the first time (null: none stored yet). */
    public static Document read(MongoCollection<Document> heads) {
        if (!CurrentUnitOfWork.isStarted()) {
            return stored(heads);
        }
        Object kept = CurrentUnitOfWork.get().root().getOrComputeResource(key(heads), k -> {
            Document stored = stored(heads);
            return stored == null ? NONE : stored;
        });
        return kept == NONE ? null : (Document) kept;
    }

    /** Stores the head with these fields after the batch's other writes, and keeps it for the rest of the batch. */
    public static void write(MongoCollection<Document> heads, Document fields) {
        Document head = new Document("_id", ID);
        head.putAll(fields);
        BatchWrites.replace(heads, head);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().put(key(heads), head);
        }
    }

    private static Document stored(MongoCollection<Document> heads) {
        return heads.find(Filters.eq("_id", ID)).first();
    }

    private static String key(MongoCollection<Document> heads) {
        return BatchHead.class.getName() + ":" + heads.getNamespace().getFullName();
    }
}
