package org.setu.query.retention;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.setu.kernel.privacy.ErasuresDue;
import org.setu.kernel.privacy.FindErasuresDueQuery;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseClosedEvent;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.CaseOpenedEvent;
import org.setu.kernel.referral.CaseReopenedEvent;
import org.setu.kernel.referral.SubjectErasedEvent;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.common.GenerationalProjection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import com.mongodb.client.model.Indexes;

/**
 * One small document per case whose subject is still kept, and per complaint whose complainant is: its category
 * and, once closed (a complaint: ended), when. The retention job asks it which are due for erasure. Every handler is an idempotent set, so redelivery is harmless.
 */
@ProcessingGroup(ProcessingGroups.RETENTION)
public class RetentionProjection extends GenerationalProjection {

    public static final String COLLECTION = "retention";
    private static final String COMPLAINT_PREFIX = "complaint:";

    public RetentionProjection(Generations generations) {
        super(generations, ProcessingGroups.RETENTION, COLLECTION);
    }

    @Override
    public Map<String, List<Bson>> indexes() {
        return Map.of(COLLECTION, List.of(Indexes.ascending("closedAt")));
    }

    @EventHandler
    void on(CaseOpenedEvent e) {
        cases().replaceOne(Filters.eq("_id", e.caseId().value()),
                new Document("_id", e.caseId().value()).append("category", e.facts().category().name())
                        .append("closedAt", null), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(CaseClosedEvent e, @Timestamp Instant at) {
        cases().updateOne(Filters.eq("_id", e.caseId().value()), Updates.set("closedAt", Date.from(at)));
    }

    @EventHandler
    void on(CaseReopenedEvent e) {
        cases().updateOne(Filters.eq("_id", e.caseId().value()), Updates.set("closedAt", null));
    }

    @EventHandler
    void on(SubjectErasedEvent e) {
        cases().deleteOne(Filters.eq("_id", e.caseId().value()));
    }

    /** A complaint's complainant is kept as a case's subject is, under the category RECRUITMENT_COMPLAINT. */
    @EventHandler
    void on(ComplaintFiledEvent e) {
        cases().replaceOne(Filters.eq("_id", complaint(e.complaintId())), new Document("_id", complaint(e.complaintId()))
                .append("category", CaseCategory.RECRUITMENT_COMPLAINT.name()).append("closedAt", null),
                new ReplaceOptions().upsert(true));
    }

    /** Its period runs from the complaint's ending (closed, withdrawn, referred to court); a reopening stops it. */
    @EventHandler
    void on(ComplaintEvent e, @Timestamp Instant at) {
        String id = complaint(e.complaintId());
        if (e instanceof ComplaintClosedEvent || e instanceof ComplaintWithdrawnEvent
                || e instanceof ComplaintReferredToCourtEvent) {
            cases().updateOne(Filters.eq("_id", id), Updates.set("closedAt", Date.from(at)));
        } else if (e instanceof ComplaintReopenedEvent) {
            cases().updateOne(Filters.eq("_id", id), Updates.set("closedAt", null));
        } else if (e instanceof ComplainantErasedEvent) {
            cases().deleteOne(Filters.eq("_id", id));
        }
    }

    /** Complaints' documents beside the cases': their own key space, so no case id can meet a complaint's. */
    private static String complaint(ComplaintId id) {
        return COMPLAINT_PREFIX + id.value();
    }

    @QueryHandler
    public ErasuresDue handle(FindErasuresDueQuery query) {
        List<Bson> due = new ArrayList<>();
        query.periods().forEach((category, period) -> due.add(Filters.and(Filters.eq("category", category.name()),
                Filters.lt("closedAt", Date.from(query.now().minus(period))))));
        if (due.isEmpty()) {
            return new ErasuresDue(List.of());
        }
        List<ErasuresDue.Due> found = new ArrayList<>();
        read(COLLECTION).find(Filters.or(due)).sort(Sorts.ascending("closedAt")).limit(query.limit()).forEach(d ->
                found.add(due(d.getString("_id"), CaseCategory.valueOf(d.getString("category")),
                        d.getDate("closedAt").toInstant())));
        return new ErasuresDue(found);
    }

    private static ErasuresDue.Due due(String key, CaseCategory category, Instant closedAt) {
        return key.startsWith(COMPLAINT_PREFIX)
                ? new ErasuresDue.Due(ErasuresDue.Subject.COMPLAINT, key.substring(COMPLAINT_PREFIX.length()), category, closedAt)
                : new ErasuresDue.Due(ErasuresDue.Subject.CASE, key, category, closedAt);
    }

    private MongoCollection<Document> cases() {
        return write(COLLECTION);
    }
}
