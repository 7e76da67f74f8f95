package org.setu.query.common;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;

/**
 * List rows held in memory per partition (an agency's caseload, its incoming queue), newest first. Used on the
 * embedded server, which answers any non-unique query by scanning the whole collection: there the store runs in this
 * process and this node's projection writes every row, so memory can mirror the collection exactly. It is filled from
 * one scan of the collection the first time a list is asked for, then kept current by the projection's writes.
 */
public final class MemoryListIndex {

    /** One row: where it lists, how it sorts, what it filters on, and the stored document. */
    public record Row(String id, String partition, long sortKey, Map<String, Object> attributes, Document document) {
    }

    /** A page of rows and how many matched. */
    public record Slice(List<Document> rows, long total) {
    }

    private static final Comparator<Row> NEWEST_FIRST = Comparator.comparingLong(Row::sortKey).reversed()
            .thenComparing(Row::id);

    private final Function<Document, List<Row>> rowsOf;
    private final Map<String, Lists> byCollection = new ConcurrentHashMap<>();

    /** {@code rowsOf}: the rows a stored document lists as (a referral lists in two queues). */
    public MemoryListIndex(Function<Document, List<Row>> rowsOf) {
        this.rowsOf = rowsOf;
    }

    private static final class Lists {
        final Map<String, NavigableSet<Row>> partitions = new ConcurrentHashMap<>();
        final Map<String, List<Row>> byId = new ConcurrentHashMap<>();
        volatile boolean warm;
    }

    /** Records a stored document (call after writing it). */
    public void put(MongoCollection<Document> collection, Document document) {
        Lists lists = lists(collection);
        synchronized (lists) {
            if (lists.warm) {
                remove(lists, document.get("_id").toString());
                List<Row> rows = rowsOf.apply(document);
                rows.forEach(r -> lists.partitions.computeIfAbsent(r.partition(), p -> new ConcurrentSkipListSet<>(NEWEST_FIRST)).add(r));
                lists.byId.put(document.get("_id").toString(), rows);
            }
        }
    }

    /** Forgets a deleted document (call after deleting it). */
    public void delete(MongoCollection<Document> collection, String id) {
        Lists lists = lists(collection);
        synchronized (lists) {
            remove(lists, id);
        }
    }

    /** A collection that was just created empty (a new generation): nothing to scan. */
    public void startEmpty(MongoCollection<Document> collection) {
        Lists fresh = new Lists();
        fresh.warm = true;
        byCollection.put(name(collection), fresh);
    }

    public Slice page(MongoCollection<Document> collection, String partition, Map<String, Object> filter, int page, int size) {
        Lists lists = warm(collection);
        NavigableSet<Row> rows = lists.partitions.getOrDefault(partition, new ConcurrentSkipListSet<>(NEWEST_FIRST));
        List<Document> items = new ArrayList<>(size);
        long matched = 0;
        long skip = (long) page * size;
        for (Row row : rows) {
            if (!matches(row, filter)) {
                continue;
            }
            if (matched >= skip && items.size() < size) {
                items.add(row.document());
            }
            matched++;
        }
        return new Slice(items, matched);
    }

    private static boolean matches(Row row, Map<String, Object> filter) {
        for (var condition : filter.entrySet()) {
            if (!condition.getValue().equals(row.attributes().get(condition.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private Lists warm(MongoCollection<Document> collection) {
        Lists lists = lists(collection);
        if (!lists.warm) {
            synchronized (lists) {
                if (!lists.warm) {
                    lists.warm = true;
                    collection.find().forEach(d -> put(collection, d));
                }
            }
        }
        return lists;
    }

    private Lists lists(MongoCollection<Document> collection) {
        return byCollection.computeIfAbsent(name(collection), n -> new Lists());
    }

    private static void remove(Lists lists, String id) {
        List<Row> old = lists.byId.remove(id);
        if (old != null) {
            old.forEach(r -> {
                Set<Row> partition = lists.partitions.get(r.partition());
                if (partition != null) {
                    partition.remove(r);
                }
            });
        }
    }

    private static String name(MongoCollection<Document> collection) {
        return collection.getNamespace().getFullName();
    }
}
