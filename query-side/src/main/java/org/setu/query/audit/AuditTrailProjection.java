package org.setu.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.setu.kernel.audit.AuditEntry;
import org.setu.kernel.audit.AuditPage;
import org.setu.kernel.audit.FindAuditEntriesQuery;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.BatchHead;
import org.setu.query.common.BatchWrites;
import org.setu.query.common.JsonViews;
import org.setu.query.common.NumberedThrough;

import java.util.ArrayList;
import java.util.List;
import org.setu.kernel.audit.AuditRange;
import org.setu.kernel.audit.FindAuditRangeQuery;

/**
 * The secretariat's audit trail: every accepted command (from its events), every refused command, every view of
 * personal data, as a hash chain in the order of the event log. Entries are addressed by their position (exact keys);
 * {@code audit_by_event} makes a redelivered event a no-op, looked up only for an event the head may have passed
 * ({@link NumberedThrough}).
 */
@ProcessingGroup(ProcessingGroups.AUDIT)
public class AuditTrailProjection {

    public static final String ENTRIES = "audit_entries";
    static final String BY_EVENT = "audit_by_event";
    static final String HEAD = "audit_head";
    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> byEvent;
    private final MongoCollection<Document> head;

    public AuditTrailProjection(MongoDatabase database) {
        this.entries = database.getCollection(ENTRIES);
        this.byEvent = database.getCollection(BY_EVENT);
        this.head = database.getCollection(HEAD);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        AuditEntry unsealed = AuditEntries.of(message);
        if (unsealed != null) {
            append(unsealed, message);
        }
    }

    /**
     * Numbers the event after the head and seals it; the entry, its marker and the new head are written with the
     * batch's ({@link BatchWrites}), in that order. An entry a crash left at that number is accepted if it is this
     * event's with the same hash (the chain the batch goes on from); anything else there is refused.
     */
    private void append(AuditEntry unsealed, EventMessage<?> message) {
        Document h = BatchHead.read(head);
        if (NumberedThrough.mayBeNumbered(h, message)) {
            Document done = byEvent.find(new Document("_id", message.getIdentifier())).first();
            if (done != null) {
                finishHead(h, done.getLong("seq"), message);
                return;
            }
        }
        long seq = h == null ? 1 : h.getLong("seq") + 1;
        String previous = h == null ? AuditChain.GENESIS : h.getString("hash");
        AuditEntry sealed = AuditChain.seal(withPosition(unsealed, seq, previous));
        BatchWrites.insertOnce(entries, new Document("_id", seq).append("agency", sealed.agency())
                .append("caseId", sealed.caseId()).append("actor", sealed.actor()).append("action", sealed.action())
                .append("entry", JsonViews.write(sealed)), stored -> {
                    AuditEntry there = entry(stored);
                    return message.getIdentifier().equals(there.eventId()) && sealed.hash().equals(there.hash());
                });
        BatchWrites.insertOnce(byEvent, new Document("_id", message.getIdentifier()).append("seq", seq),
                stored -> stored.getLong("seq") == seq);
        moveHead(h, seq, sealed.hash(), message);
    }

    /**
     * A redelivered event whose entry is stored: if a crash (or an online backup's copy) came after the entry but
     * before the head moved, the head moves now, or the next entry would collide with this one at the same position.
     */
    private void finishHead(Document h, long seq, EventMessage<?> message) {
        if (h == null || h.getLong("seq") < seq) {
            moveHead(h, seq, read(seq).hash(), message);
        }
    }

    private void moveHead(Document previous, long seq, String hash, EventMessage<?> message) {
        BatchHead.write(head,
                NumberedThrough.advance(new Document("seq", seq).append("hash", hash), previous, message));
    }

    private static AuditEntry withPosition(AuditEntry e, long seq, String previous) {
        return new AuditEntry(seq, e.at(), e.actor(), e.agency(), e.roles(), e.action(), e.caseId(), e.referralId(),
                e.outcome(), e.errorCode(), e.reason(), e.eventId(), previous, null);
    }

    private AuditEntry read(long seq) {
        Document d = entries.find(new Document("_id", seq)).first();
        return d == null ? null : entry(d);
    }

    private static AuditEntry entry(Document stored) {
        return JsonViews.read(stored.getString("entry"), AuditEntry.class);
    }

    /** How many entry documents are stored (more than the head counts means entries were added by hand). */
    public long storedEntries() {
        return entries.countDocuments();
    }

    /**
     * The stored entries after a position, in chain order. Right after the head they are an append in flight (the
     * entry is written before the head moves) or one a crash interrupted, which the event's redelivery completes.
     */
    public List<AuditEntry> entriesAfter(long seq) {
        List<AuditEntry> after = new ArrayList<>();
        entries.find(Filters.gt("_id", seq)).sort(Sorts.ascending("_id"))
                .forEach(d -> after.add(JsonViews.read(d.getString("entry"), AuditEntry.class)));
        return after;
    }

    /** A run of entries in chain order, by exact positions. */
    @QueryHandler
    public AuditRange handle(FindAuditRangeQuery query) {
        List<Long> ids = new ArrayList<>();
        for (long seq = query.fromSeq(); seq < query.fromSeq() + query.count(); seq++) {
            ids.add(seq);
        }
        List<AuditEntry> run = new ArrayList<>();
        entries.find(Filters.in("_id", ids)).sort(Sorts.ascending("_id"))
                .forEach(d -> run.add(JsonViews.read(d.getString("entry"), AuditEntry.class)));
        return new AuditRange(run);
    }

    /** The head of the chain: how many entries, and the last hash (GENESIS when empty). */
    public Head head() {
        Document h = head.find(new Document("_id", "head")).first();
        return h == null ? new Head(0, AuditChain.GENESIS) : new Head(h.getLong("seq"), h.getString("hash"));
    }

    /** Position and hash of the chain's last entry. */
    public record Head(long entries, String hash) {
    }

    /** The stored entry at a position, or null. */
    public AuditEntry entry(long seq) {
        return read(seq);
    }

    /** Newest first; filters on stored fields (an index scan on MongoDB, a collection scan on the embedded server). */
    @QueryHandler
    public AuditPage handle(FindAuditEntriesQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.caseId() != null) {
            filters.add(Filters.eq("caseId", query.caseId()));
        }
        if (query.agency() != null) {
            filters.add(Filters.eq("agency", query.agency()));
        }
        if (query.actor() != null) {
            filters.add(Filters.eq("actor", query.actor()));
        }
        if (query.action() != null) {
            filters.add(Filters.eq("action", query.action()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<AuditEntry> items = new ArrayList<>();
        long total = 0;
        int skip = query.page() * query.size();
        for (Document d : entries.find(filter).sort(Sorts.descending("_id"))) {
            AuditEntry e = JsonViews.read(d.getString("entry"), AuditEntry.class);
            if ((query.from() != null && e.at().isBefore(query.from())) || (query.to() != null && e.at().isAfter(query.to()))) {
                continue;
            }
            if (total >= skip && items.size() < query.size()) {
                items.add(e);
            }
            total++;
        }
        return new AuditPage(items, query.page(), query.size(), total);
    }
}
