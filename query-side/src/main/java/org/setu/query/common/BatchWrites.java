package org.setu.query.common;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The writes of the projections that number events (the audit trail, the partner feed), kept back while their
 * processor handles a batch and then sent as one bulk write per collection (issue 17): a batch of view events is one
 * insert of entries, one of markers and one head write, instead of three writes per event.
 * <ul>
 *   <li><b>Order.</b> Collections in the order the batch first wrote to them, and within one in the order written
 *   (entries, then markers, then the head): the store never holds a head past an entry it lacks, which is the order
 *   a write per event kept too. A crash between them leaves what a crash between single writes left, and the
 *   redelivery finishes it ({@link WrittenOnce}: a document already stored is accepted when it is the same one).</li>
 *   <li><b>When.</b> Before the processor's token moves past the batch: the token store calls {@link #flush()} first
 *   (Axon stores the token in the first prepare-commit step of the batch, before any a handler can add), and the
 *   unit of work's own prepare-commit writes what is left where no token is stored (a dead letter retried).</li>
 *   <li><b>Failure.</b> A write that fails fails the batch: its token does not move, and the whole batch is handed
 *   over again. Handlers only add here after their reads, so a handler that fails adds nothing and the batch's
 *   numbering goes on from what the events before it added.</li>
 * </ul>
 * Outside a unit of work (a test calling a handler directly) every write goes to the store at once.
 */
public final class BatchWrites {

    private static final String KEY = BatchWrites.class.getName();

    private BatchWrites() {
    }

    /** A document written once under its {@code _id}; {@code same}: whether a stored one is this one (see WrittenOnce). */
    public static void insertOnce(MongoCollection<Document> collection, Document document, Predicate<Document> same) {
        Pending pending = pending(collection);
        if (pending == null) {
            WrittenOnce.insert(collection, document, same);
        } else {
            pending.inserts.add(document);
            pending.same.add(same);
        }
    }

    /** A document stored under its {@code _id}, replacing what is there; the last one per {@code _id} is written. */
    public static void replace(MongoCollection<Document> collection, Document document) {
        Pending pending = pending(collection);
        if (pending == null) {
            collection.replaceOne(Filters.eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
        } else {
            pending.replaces.put(document.get("_id"), document);
        }
    }

    /** Writes what the current unit of work kept back, if anything; called before its token is stored. */
    public static void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            flush(CurrentUnitOfWork.get());
        }
    }

    private static void flush(UnitOfWork<?> unitOfWork) {
        Map<MongoNamespace, Pending> kept = unitOfWork.root().resources().remove(KEY) instanceof Map<?, ?> m
                ? cast(m) : null;
        if (kept != null) {
            kept.values().forEach(Pending::write);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<MongoNamespace, Pending> cast(Map<?, ?> map) {
        return (Map<MongoNamespace, Pending>) map;
    }

    /** The collection's kept-back writes in the current unit of work; null outside one (write at once). */
    private static Pending pending(MongoCollection<Document> collection) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<MongoNamespace, Pending> kept = cast((Map<?, ?>) root.resources().computeIfAbsent(KEY, k -> {
            root.onPrepareCommit(BatchWrites::flush);
            return new LinkedHashMap<MongoNamespace, Pending>();
        }));
        return kept.computeIfAbsent(collection.getNamespace(), n -> new Pending(collection));
    }

    private static final class Pending {

        private final MongoCollection<Document> collection;
        private final List<Document> inserts = new ArrayList<>();
        private final List<Predicate<Document>> same = new ArrayList<>();
        private final Map<Object, Document> replaces = new LinkedHashMap<>();

        private Pending(MongoCollection<Document> collection) {
            this.collection = collection;
        }

        private void write() {
            if (!inserts.isEmpty()) {
                insertAll();
            }
            if (!replaces.isEmpty()) {
                List<WriteModel<Document>> models = new ArrayList<>();
                replaces.forEach((id, document) -> models.add(new ReplaceOneModel<>(Filters.eq("_id", id), document,
                        new ReplaceOptions().upsert(true))));
                collection.bulkWrite(models);
            }
        }

        /**
         * One ordered insert; if a document is there already (a crash left it), everything before it is stored and
         * the rest go one by one, each accepted only if the stored one is the same.
         */
        private void insertAll() {
            try {
                collection.insertMany(inserts);
            } catch (MongoBulkWriteException e) {
                var first = e.getWriteErrors().get(0);
                if (ErrorCategory.fromErrorCode(first.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                for (int i = first.getIndex(); i < inserts.size(); i++) {
                    WrittenOnce.insert(collection, inserts.get(i), same.get(i));
                }
            }
        }
    }
}
