package org.setu.query.feed;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseEvent;
import org.setu.kernel.referral.CaseOpenedEvent;
import org.setu.kernel.sharing.FeedBatch;
import org.setu.kernel.sharing.FeedEntry;
import org.setu.kernel.sharing.FindFeedQuery;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.common.GenerationalProjection;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * The partner feed: every shareable case event, numbered densely (1, 2, 3…) in log order, with its case's category and
 * district for the agreements' filters. Positions are the SSE event ids and webhook cursors; dense numbers let a reader
 * fetch the next entries by exact {@code _id} (an index hit on the embedded server too). A replay numbers the same log
 * the same way. Redelivery is harmless: an event already numbered is found by its id and skipped.
 */
@ProcessingGroup(ProcessingGroups.PARTNER_FEED)
public class FeedProjection extends GenerationalProjection {

    public static final String ENTRIES = "feed_entries";
    public static final String BY_EVENT = "feed_by_event";
    public static final String CASES = "feed_cases";
    public static final String HEAD = "feed_head";

    public FeedProjection(Generations generations) {
        super(generations, ProcessingGroups.PARTNER_FEED, ENTRIES, BY_EVENT, CASES, HEAD);
    }

    @EventHandler
    void on(CaseEvent event, EventMessage<?> message) {
        if (event instanceof CaseOpenedEvent e) {
            write(CASES).replaceOne(Filters.eq("_id", e.caseId().value()), new Document("_id", e.caseId().value())
                    .append("category", e.facts().category().name()).append("district", e.facts().district()),
                    new ReplaceOptions().upsert(true));
        }
        String type = FeedEntries.type(event);
        if (type == null || write(BY_EVENT).find(Filters.eq("_id", message.getIdentifier())).first() != null) {
            return;
        }
        Document facts = write(CASES).find(Filters.eq("_id", event.caseId().value())).first();
        if (facts == null) {
            return;
        }
        Document head = write(HEAD).find(Filters.eq("_id", "head")).first();
        long position = (head == null ? 0 : head.getLong("position")) + 1;
        Document data = new Document();
        FeedEntries.data(event).forEach(data::append);
        write(ENTRIES).replaceOne(Filters.eq("_id", position), new Document("_id", position)
                .append("eventId", message.getIdentifier()).append("type", type)
                .append("time", Date.from(message.getTimestamp())).append("caseId", event.caseId().value())
                .append("category", facts.getString("category")).append("district", facts.getString("district"))
                .append("data", data), new ReplaceOptions().upsert(true));
        write(BY_EVENT).replaceOne(Filters.eq("_id", message.getIdentifier()),
                new Document("_id", message.getIdentifier()).append("position", position), new ReplaceOptions().upsert(true));
        write(HEAD).replaceOne(Filters.eq("_id", "head"), new Document("_id", "head").append("position", position),
                new ReplaceOptions().upsert(true));
    }

    @QueryHandler
    public FeedBatch handle(FindFeedQuery query) {
        Document head = read(HEAD).find(Filters.eq("_id", "head")).first();
        long last = head == null ? 0 : head.getLong("position");
        long from = Math.max(0, query.after()) + 1;
        long to = Math.min(last, query.after() + Math.max(1, query.limit()));
        if (from > to) {
            return new FeedBatch(List.of(), last);
        }
        Map<Long, FeedEntry> found = new HashMap<>();
        read(ENTRIES).find(Filters.in("_id", LongStream.rangeClosed(from, to).boxed().toList()))
                .forEach(d -> found.put(d.getLong("_id"), entry(d)));
        List<FeedEntry> entries = new ArrayList<>();
        for (long p = from; p <= to && found.containsKey(p); p++) {
            entries.add(found.get(p));
        }
        return new FeedBatch(entries, last);
    }

    private static FeedEntry entry(Document d) {
        Map<String, String> data = new HashMap<>();
        d.get("data", Document.class).forEach((k, v) -> data.put(k, String.valueOf(v)));
        return new FeedEntry(d.getLong("_id"), d.getString("eventId"), d.getString("type"),
                d.getDate("time").toInstant(), d.getString("caseId"), CaseCategory.valueOf(d.getString("category")),
                d.getString("district"), data);
    }

}
