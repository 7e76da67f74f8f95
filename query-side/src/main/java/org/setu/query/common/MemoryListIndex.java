package org.setu.query.common;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * List rows held in memory per partition (an agency's caseload, its incoming queue), newest first. Used on the
 * embedded server, which answers any non-unique query by scanning the whole collection: there the store runs in this
 * process and this node's projection writes every row, so memory can mirror the collection exactly. It is filled from
 * one scan of the collection the first time a list is asked for, then kept current by the projection's writes.
 *
 * <p>A row is listed once per combination of its filter attributes (a caseload row with status and category in four
 * lists: none, status, category, both), so a page reads only its own rows and its total is the list's size: the cost
 * of a page does not grow with the partition (issue 17: at 100k cases of one agency a page filtered all of them).
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

    /** One collection's lists; every read and write holds its lock (each is a few tree steps). */
    private static final class Lists {
        final Map<String, NavigableSet<Row>> byFilter = new HashMap<>();
        final Map<String, List<Row>> byId = new HashMap<>();
        boolean warm;
    }

    /** Records a stored document (call after writing it). */
    public void put(MongoCollection<Document> collection, Document document) {
        Lists lists = lists(collection);
        synchronized (lists) {
            if (lists.warm) {
                add(lists, document);
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

    /** The page of the partition's rows whose attributes equal every entry of {@code filter}, and how many do. */
    public Slice page(MongoCollection<Document> collection, String partition, Map<String, Object> filter, int page, int size) {
        Lists lists = warm(collection);
        synchronized (lists) {
            NavigableSet<Row> rows = lists.byFilter.get(key(partition, filter));
            if (rows == null) {
                return new Slice(List.of(), 0);
            }
            List<Document> items = new ArrayList<>(size);
            long skip = (long) page * size;
            Iterator<Row> it = rows.iterator();
            for (long i = 0; it.hasNext() && items.size() < size; i++) {
                Row row = it.next();
                if (i >= skip) {
                    items.add(row.document());
                }
            }
            return new Slice(items, rows.size());
        }
    }

    private Lists warm(MongoCollection<Document> collection) {
        Lists lists = lists(collection);
        synchronized (lists) {
            if (!lists.warm) {
                lists.warm = true;
                collection.find().forEach(d -> add(lists, d));
            }
        }
        return lists;
    }

    private Lists lists(MongoCollection<Document> collection) {
        return byCollection.computeIfAbsent(name(collection), n -> new Lists());
    }

    private void add(Lists lists, Document document) {
        String id = document.get("_id").toString();
        remove(lists, id);
        List<Row> rows = rowsOf.apply(document);
        for (Row row : rows) {
            for (String key : keys(row)) {
                lists.byFilter.computeIfAbsent(key, k -> new TreeSet<>(NEWEST_FIRST)).add(row);
            }
        }
        lists.byId.put(id, rows);
    }

    private static void remove(Lists lists, String id) {
        List<Row> old = lists.byId.remove(id);
        if (old == null) {
            return;
        }
        for (Row row : old) {
            for (String key : keys(row)) {
                NavigableSet<Row> rows = lists.byFilter.get(key);
                if (rows != null && rows.remove(row) && rows.isEmpty()) {
                    lists.byFilter.remove(key);
                }
            }
        }
    }

    /** The lists a row stands in: its partition under every subset of its attributes. */
    static List<String> keys(Row row) {
        List<Map.Entry<String, Object>> attributes = new ArrayList<>(new TreeMap<>(row.attributes()).entrySet());
        List<String> keys = new ArrayList<>(1 << attributes.size());
        for (int subset = 0; subset < 1 << attributes.size(); subset++) {
            Map<String, Object> chosen = new TreeMap<>();
            for (int i = 0; i < attributes.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    chosen.put(attributes.get(i).getKey(), attributes.get(i).getValue());
                }
            }
            keys.add(key(row.partition(), chosen));
        }
        return keys;
    }

    /** One list's name: the partition and the filter's entries in key order (value types kept apart). */
    static String key(String partition, Map<String, Object> filter) {
        StringBuilder key = new StringBuilder(partition);
        new TreeMap<>(filter).forEach((k, v) -> key.append('\u0000').append(k).append('\u0001')
                .append(v.getClass().getSimpleName()).append('\u0001').append(v));
        return key.toString();
    }

    private static String name(MongoCollection<Document> collection) {
        return collection.getNamespace().getFullName();
    }
}
