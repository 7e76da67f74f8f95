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
 * One small document per case whose subject is still kept: its category and, once closed, when. The retention job
 * asks it which subjects are due for erasure. Every handler is an idempotent set, so redelivery is harmless.
 */
@ProcessingGroup(ProcessingGroups.RETENTION)
public class RetentionProjection extends GenerationalProjection {

    public static final String COLLECTION = "retention";

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
                found.add(new ErasuresDue.Due(new CaseId(d.getString("_id")), CaseCategory.valueOf(d.getString("category")),
                        d.getDate("closedAt").toInstant())));
        return new ErasuresDue(found);
    }

    private MongoCollection<Document> cases() {
        return write(COLLECTION);
    }
}
