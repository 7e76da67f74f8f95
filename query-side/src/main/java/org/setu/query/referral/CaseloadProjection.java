package org.setu.query.referral;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.CaseSummaryView;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.FindCaseloadQuery;
import org.setu.kernel.query.CaseloadPage;
import org.setu.kernel.query.ReferralView;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseEvent;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.CaseStatus;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.GenerationalProjection;
import org.setu.query.common.Generations;
import org.setu.query.common.MemoryListIndex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import com.mongodb.client.model.Indexes;
import java.util.Map;
import org.bson.conversions.Bson;

/**
 * Each agency's caseload: a row per (agency, case) for every agency with access to it ({@code Parties.withAccess}:
 * the lead, and each agency with an active referral), the same policy the write side and the case API apply.
 * Keeps its own copy of case state (same fold as the case view) so that it tracks and rebuilds independently.
 * Lists filter on {@code agency} (+ status, category): an index on real MongoDB, a collection scan on the embedded
 * server (see docs/embedded-mongodb.md).
 */
@ProcessingGroup(ProcessingGroups.CASELOADS)
public class CaseloadProjection extends GenerationalProjection {

    public static final String ROWS = "caseload_rows";
    public static final String STATE = "caseload_cases";
    private final MemoryListIndex lists;

    public CaseloadProjection(Generations generations) {
        this(generations, false);
    }

    /** {@code listsInMemory}: serve lists from a {@link MemoryListIndex} (the embedded server; see its Javadoc). */
    public CaseloadProjection(Generations generations, boolean listsInMemory) {
        super(generations, ProcessingGroups.CASELOADS, ROWS, STATE);
        this.lists = listsInMemory ? new MemoryListIndex(d -> List.of(new MemoryListIndex.Row(d.getString("_id"),
                d.getString("agency"), d.getDate("lastActivityAt").getTime(),
                Map.of("status", d.getString("status"), "category", d.getString("category")), d))) : null;
    }

    @Override
    public Map<String, List<Bson>> indexes() {
        return Map.of(ROWS, List.of(Indexes.compoundIndex(
                Indexes.ascending("agency"), Indexes.descending("lastActivityAt"))));
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long seq, @Timestamp Instant at) {
        MongoCollection<Document> rows = write(ROWS);
        CaseViewStore state = new CaseViewStore(write(STATE));
        CaseView before = state.find(event.caseId());
        if (before != null && seq <= before.version()) {
            return;
        }
        CaseView after = CaseViews.apply(before, event, seq, at);
        if (after == null) {
            return;
        }
        Set<AgencyId> withAccess = after.withAccess();
        if (before != null) {
            for (AgencyId lost : before.withAccess()) {
                if (!withAccess.contains(lost)) {
                    rows.deleteOne(new Document("_id", key(lost, after.caseId())));
                    if (lists != null) {
                        lists.delete(rows, key(lost, after.caseId()));
                    }
                }
            }
        }
        boolean overdue = after.referrals().stream().anyMatch(ReferralView::overdue);
        for (AgencyId agency : withAccess) {
            Document row = new Document("_id", key(agency, after.caseId()))
                    .append("agency", agency.value()).append("caseId", after.caseId().value())
                    .append("status", after.status().name()).append("category", after.facts().category().name())
                    .append("leadAgency", after.leadAgency().value()).append("district", after.facts().district())
                    .append("lastActivityAt", Date.from(after.lastActivityAt())).append("overdue", overdue);
            rows.replaceOne(new Document("_id", row.getString("_id")), row, new ReplaceOptions().upsert(true));
            if (lists != null) {
                lists.put(rows, row);
            }
        }
        // Last: the stored state is what marks the event as applied. Saved before the rows, a crash (or a backup's
        // copy) between the two left the rows behind for good, since the redelivered event looked applied.
        state.save(after);
    }

    private static String key(AgencyId agency, CaseId caseId) {
        return agency.value() + "|" + caseId.value();
    }

    @QueryHandler
    public CaseloadPage handle(FindCaseloadQuery query) {
        MongoCollection<Document> rows = read(ROWS);
        Document filter = new Document("agency", query.agency().value());
        if (query.status() != null) {
            filter.append("status", query.status().name());
        }
        if (query.category() != null) {
            filter.append("category", query.category().name());
        }
        List<CaseSummaryView> items = new ArrayList<>();
        if (lists != null) {
            Document attributes = new Document(filter);
            attributes.remove("agency");
            var slice = lists.page(rows, query.agency().value(), attributes, query.page(), query.size());
            slice.rows().forEach(d -> items.add(summary(d)));
            return new CaseloadPage(items, query.page(), query.size(), slice.total());
        }
        rows.find(filter).sort(Sorts.orderBy(Sorts.descending("lastActivityAt"), Sorts.ascending("_id")))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(d -> items.add(summary(d)));
        return new CaseloadPage(items, query.page(), query.size(), rows.countDocuments(filter));
    }

    private static CaseSummaryView summary(Document d) {
        return new CaseSummaryView(new CaseId(d.getString("caseId")),
                CaseStatus.valueOf(d.getString("status")), CaseCategory.valueOf(d.getString("category")),
                new AgencyId(d.getString("leadAgency")), d.getString("district"),
                d.getDate("lastActivityAt").toInstant(), d.getBoolean("overdue", false));
    }

    @Override
    protected void startedGeneration() {
        if (lists != null) {
            lists.startEmpty(write(ROWS));
        }
    }
}
