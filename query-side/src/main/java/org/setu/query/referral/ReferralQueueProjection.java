package org.setu.query.referral;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.FindReferralQueueChangesQuery;
import org.setu.kernel.query.FindReferralQueueQuery;
import org.setu.kernel.query.ReferralQueueChanges;
import org.setu.kernel.query.ReferralQueuePage;
import org.setu.kernel.query.WatchReferralQueueQuery;
import org.setu.kernel.query.ReferralQueueItemView;
import org.setu.kernel.referral.*;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.common.MemoryListIndex;
import org.setu.query.common.GenerationalProjection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.OptionalLong;
import com.mongodb.client.model.Indexes;
import java.util.Map;
import org.setu.kernel.query.Page;

/**
 * Referral work queues: one row per referral, found by receiving agency (incoming) or referring agency (outgoing).
 * Each row remembers the sequence number of the last case event applied, so a redelivered event changes nothing.
 */
@ProcessingGroup(ProcessingGroups.REFERRAL_QUEUES)
public class ReferralQueueProjection extends GenerationalProjection {

    public static final String COLLECTION = "referral_queue";
    /** The log position of the event that last changed a row: live streams on other nodes poll by it. */
    static final String POSITION = "position";
    private final QueryUpdateEmitter updates;
    private final MemoryListIndex lists;

    public ReferralQueueProjection(Generations generations, QueryUpdateEmitter updates) {
        this(generations, updates, false);
    }

    /** {@code listsInMemory}: serve queues from a {@link MemoryListIndex} (the embedded server; see its Javadoc). */
    public ReferralQueueProjection(Generations generations, QueryUpdateEmitter updates, boolean listsInMemory) {
        super(generations, ProcessingGroups.REFERRAL_QUEUES, COLLECTION);
        this.updates = updates;
        this.lists = listsInMemory ? new MemoryListIndex(ReferralQueueProjection::listRows) : null;
    }

    private static List<MemoryListIndex.Row> listRows(Document d) {
        String status = d.getString("status");
        boolean overdue = d.getBoolean("overdue", false);
        boolean waiting = ReferralStatus.valueOf(status).isActive();
        long at = d.getDate("requestedAt").getTime();
        String id = d.getString("_id");
        return List.of(new MemoryListIndex.Row(id, "toAgency:" + d.getString("toAgency"), at,
                        Map.of("status", status, "overdue", overdue, "pending", waiting), d),
                new MemoryListIndex.Row(id, "fromAgency:" + d.getString("fromAgency"), at,
                        Map.of("status", status, "overdue", overdue, "pending", false), d));
    }

    @Override
    public Map<String, List<Bson>> indexes() {
        return Map.of(COLLECTION, List.of(
                Indexes.compoundIndex(Indexes.ascending("toAgency"),
                        Indexes.descending("requestedAt")),
                Indexes.compoundIndex(Indexes.ascending("fromAgency"),
                        Indexes.descending("requestedAt")),
                Indexes.compoundIndex(Indexes.ascending("toAgency"), Indexes.ascending(POSITION)),
                Indexes.compoundIndex(Indexes.ascending("fromAgency"), Indexes.ascending(POSITION))));
    }

    /**
     * The log position a row's change is stored at, for streams on other nodes that poll past the last position
     * they saw. The processor (one segment) handles events in the log's order, so this is the event's own position and
     * rows change in the order of their positions. A dead letter retried later carries its older position, which
     * those streams have polled past: its change is stored just past the last position of either agency's rows
     * instead, so they see it at their next poll. Null outside a tracking processor. Read from the unit of work rather
     * than as a handler parameter: a handler asking for a tracking token would not be called for a message without one.
     */
    private Long positionOf(MongoCollection<Document> rows, String fromAgency, String toAgency) {
        Long position = eventPosition();
        if (position == null || !retryingDeadLetter()) {
            return position;
        }
        long last = position;
        for (String side : List.of("toAgency", "fromAgency")) {
            for (String agency : List.of(fromAgency, toAgency)) {
                Document latest = rows.find(Filters.and(Filters.eq(side, agency), Filters.gte(POSITION, 0L)))
                        .sort(Sorts.descending(POSITION)).limit(1).first();
                last = latest == null ? last : Math.max(last, latest.getLong(POSITION) + 1);
            }
        }
        return last;
    }

    private static Long eventPosition() {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() instanceof TrackedEventMessage<?> m
                && m.trackingToken() != null) {
            OptionalLong position = m.trackingToken().position();
            return position.isPresent() ? position.getAsLong() : null;
        }
        return null;
    }

    /** Axon keeps the dead letter being retried as a resource of the unit of work that handles it. */
    private static boolean retryingDeadLetter() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }

    private MongoCollection<Document> rows() {
        return write(COLLECTION);
    }

    @EventHandler
    void on(ReferralRequestedEvent e, @SequenceNumber long seq, @Timestamp Instant at) {
        MongoCollection<Document> rows = rows();
        if (rows.find(new Document("_id", e.referralId().value())).first() != null) {
            return;
        }
        rows.insertOne(new Document("_id", e.referralId().value()).append("caseId", e.caseId().value())
                .append("fromAgency", e.fromAgency().value()).append("toAgency", e.toAgency().value())
                .append("serviceType", e.serviceType().name()).append("urgency", e.urgency().name())
                .append("status", ReferralStatus.REQUESTED.name()).append("requestedAt", Date.from(at))
                .append("decisionDueAt", Date.from(e.decisionDueAt())).append("overdue", false).append("seq", seq)
                .append(POSITION, positionOf(rows, e.fromAgency().value(), e.toAgency().value())));
        publish(e.referralId());
    }

    @EventHandler
    void on(ReferralAcceptedEvent e, @SequenceNumber long seq) {
        move(e.referralId(), seq, ReferralStep.ACCEPT.leadsTo(), Updates.set("firstServiceDueAt", Date.from(e.firstServiceDueAt())));
    }

    @EventHandler
    void on(ReferralDeclinedEvent e, @SequenceNumber long seq) {
        move(e.referralId(), seq, ReferralStep.DECLINE.leadsTo());
    }

    @EventHandler
    void on(ReferralServiceStartedEvent e, @SequenceNumber long seq) {
        move(e.referralId(), seq, ReferralStep.START.leadsTo());
    }

    @EventHandler
    void on(ReferralCompletedEvent e, @SequenceNumber long seq) {
        move(e.referralId(), seq, ReferralStep.COMPLETE.leadsTo());
    }

    @EventHandler
    void on(ReferralFailedEvent e, @SequenceNumber long seq) {
        move(e.referralId(), seq, ReferralStep.FAIL.leadsTo());
    }

    @EventHandler
    void on(ReferralWithdrawnEvent e, @SequenceNumber long seq) {
        move(e.referralId(), seq, ReferralStep.WITHDRAW.leadsTo());
    }

    @EventHandler
    void on(ReferralEscalatedEvent e, @SequenceNumber long seq) {
        change(e.referralId(), seq, List.of(Updates.set("overdue", true)));
    }

    /** A referral that moves on is no longer overdue: whatever falls due next is watched afresh. */
    private void move(ReferralId referral, long seq, ReferralStatus status, Bson... more) {
        List<Bson> changes = new ArrayList<>(List.of(more));
        changes.add(Updates.set("status", status.name()));
        changes.add(Updates.set("overdue", false));
        change(referral, seq, changes);
    }

    /** Applies an event's changes to the referral's row once: a redelivered or older event finds its seq passed. */
    private void change(ReferralId referral, long seq, List<Bson> changes) {
        MongoCollection<Document> rows = rows();
        Document row = rows.find(new Document("_id", referral.value())).first();
        if (row == null || row.getLong("seq") >= seq) {
            return;
        }
        List<Bson> all = new ArrayList<>(changes);
        all.add(Updates.set("seq", seq));
        all.add(Updates.set(POSITION, positionOf(rows, row.getString("fromAgency"), row.getString("toAgency"))));
        rows.updateOne(new Document("_id", referral.value()), Updates.combine(all));
        publish(referral);
    }

    /** Pushes the changed row to live subscribers of either agency's queue (SSE), after the change is stored. */
    private void publish(ReferralId referral) {
        MongoCollection<Document> rows = rows();
        Document row = rows.find(new Document("_id", referral.value())).first();
        if (row != null) {
            if (lists != null) {
                lists.put(rows, row);
            }
            ReferralQueueItemView item = view(row);
            updates.emit(WatchReferralQueueQuery.class, q -> q.concerns(item), item);
        }
    }

    @QueryHandler
    public ReferralQueuePage handle(WatchReferralQueueQuery query) {
        return handle(new FindReferralQueueQuery(query.agency(), FindReferralQueueQuery.Direction.INCOMING, null, null, 0,
                Page.MAX_SIZE));
    }

    @QueryHandler
    public ReferralQueuePage handle(FindReferralQueueQuery query) {
        MongoCollection<Document> rows = read(COLLECTION);
        String side = query.direction() == FindReferralQueueQuery.Direction.INCOMING ? "toAgency" : "fromAgency";
        Document filter = new Document(side, query.agency().value());
        if (query.status() != null) {
            filter.append("status", query.status().name());
        }
        if (query.overdue() != null) {
            filter.append("overdue", query.overdue());
        }
        boolean pending = query.pendingMyAction() && query.direction() == FindReferralQueueQuery.Direction.INCOMING;
        List<ReferralQueueItemView> items = new ArrayList<>();
        if (lists != null) {
            Document attributes = new Document(filter);
            attributes.remove(side);
            if (query.pendingMyAction()) {
                attributes.append("pending", true);
            }
            var slice = lists.page(rows, side + ":" + query.agency().value(), attributes, query.page(), query.size());
            slice.rows().forEach(d -> items.add(view(d)));
            return new ReferralQueuePage(items, query.page(), query.size(), slice.total());
        }
        if (query.pendingMyAction() && !pending) {
            return new ReferralQueuePage(items, query.page(), query.size(), 0);
        }
        if (pending && query.status() == null) {
            filter.append("status", new Document("$in", ReferralStatus.active().stream().map(Enum::name).toList()));
        }
        rows.find(filter).sort(Sorts.orderBy(Sorts.descending("requestedAt"), Sorts.ascending("_id")))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(d -> items.add(view(d)));
        return new ReferralQueuePage(items, query.page(), query.size(), rows.countDocuments(filter));
    }

    /** Rows of the agency's referrals changed after a position, oldest change first (a page at most). */
    @QueryHandler
    public ReferralQueueChanges handle(FindReferralQueueChangesQuery query) {
        MongoCollection<Document> rows = read(COLLECTION);
        Bson mine = Filters.or(Filters.eq("toAgency", query.agency().value()),
                Filters.eq("fromAgency", query.agency().value()));
        if (query.afterPosition() == null) {
            Document last = rows.find(Filters.and(mine, Filters.gte(POSITION, 0L)))
                    .sort(Sorts.descending(POSITION)).limit(1).first();
            return new ReferralQueueChanges(List.of(), last == null ? -1 : last.getLong(POSITION));
        }
        List<ReferralQueueItemView> items = new ArrayList<>();
        long through = query.afterPosition();
        for (Document d : rows.find(Filters.and(mine, Filters.gt(POSITION, query.afterPosition())))
                .sort(Sorts.ascending(POSITION)).limit(Page.MAX_SIZE)) {
            items.add(view(d));
            through = d.getLong(POSITION);
        }
        return new ReferralQueueChanges(items, through);
    }

    private static ReferralQueueItemView view(Document d) {
        Date firstService = d.getDate("firstServiceDueAt");
        return new ReferralQueueItemView(new ReferralId(d.getString("_id")), new CaseId(d.getString("caseId")),
                new AgencyId(d.getString("fromAgency")), new AgencyId(d.getString("toAgency")),
                ServiceType.valueOf(d.getString("serviceType")), Urgency.valueOf(d.getString("urgency")),
                ReferralStatus.valueOf(d.getString("status")), d.getDate("requestedAt").toInstant(),
                d.getDate("decisionDueAt").toInstant(), firstService == null ? null : firstService.toInstant(),
                d.getBoolean("overdue", false));
    }

    @Override
    protected void startedGeneration() {
        if (lists != null) {
            lists.startEmpty(rows());
        }
    }
}
