package org.setu.query.recruitment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.setu.kernel.recruitment.*;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.GenerationalProjection;
import org.setu.query.common.Generations;
import org.setu.query.common.JsonViews;
import org.setu.query.common.VersionedViews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Each complaint's full view (sealed personal data and all), from which the API renders each reader's part. Lists
 * read every view and keep those the reader may see ({@code ComplaintParties.sightOf}, the one policy): a full scan,
 * fine for thousands of complaints; hot lists at national scale need keyed pages like the caseload's.
 */
@ProcessingGroup(ProcessingGroups.COMPLAINT_VIEWS)
public class ComplaintViewProjection extends GenerationalProjection {

    public static final String COLLECTION = "complaint_views";
    /** Per case, the complaints linked to it: one document keyed by the case id (an exact key, as the store serves). */
    public static final String BY_CASE = "complaint_case_links";

    public ComplaintViewProjection(Generations generations) {
        super(generations, ProcessingGroups.COMPLAINT_VIEWS, COLLECTION, BY_CASE);
    }

    @EventHandler
    void on(ComplaintEvent event, @SequenceNumber long seq, @Timestamp Instant at) {
        if (event instanceof ComplaintLinkedToCaseEvent e) {
            // Before the view, whose version the API waits for: once it shows the link, so does the case's list.
            // A set: a redelivered link adds nothing.
            write(BY_CASE).updateOne(new Document("_id", e.caseId().value()),
                    new Document("$addToSet", new Document("complaintIds", e.complaintId().value())),
                    new UpdateOptions().upsert(true));
        }
        VersionedViews.update(write(COLLECTION), event.complaintId().value(), seq, ComplaintView.class,
                current -> ComplaintViews.apply(current, event, seq, at), new Document());
    }

    @QueryHandler
    public ComplaintPage handle(FindComplaintsOfCaseQuery query) {
        Document links = read(BY_CASE).find(new Document("_id", query.caseId().value())).first();
        List<ComplaintView> visible = new ArrayList<>();
        for (String id : links == null ? List.<String>of() : links.getList("complaintIds", String.class)) {
            Document d = read(COLLECTION).find(new Document("_id", id)).first();
            ComplaintView v = d == null ? null : JsonViews.read(d.getString("view"), ComplaintView.class);
            if (v != null && v.sightOf(query.reader()).any()) {
                visible.add(v);
            }
        }
        visible.sort(Comparator.comparing(ComplaintView::receivedAt).thenComparing(v -> v.complaintId().value()));
        return new ComplaintPage(visible, 0, Math.max(1, visible.size()), visible.size());
    }

    @QueryHandler
    public ComplaintView handle(FindComplaintQuery query) {
        Document d = read(COLLECTION).find(new Document("_id", query.complaintId().value())).first();
        return d == null ? null : JsonViews.read(d.getString("view"), ComplaintView.class);
    }

    @QueryHandler
    public ComplaintPage handle(FindComplaintsQuery query) {
        List<ComplaintView> visible = new ArrayList<>();
        read(COLLECTION).find().forEach(d -> {
            ComplaintView v = JsonViews.read(d.getString("view"), ComplaintView.class);
            if (v.sightOf(query.reader()).any() && (query.status() == null || v.status() == query.status())
                    && (!query.overdueOnly() || !v.overdue().isEmpty())) {
                visible.add(v);
            }
        });
        visible.sort(Comparator.comparing(ComplaintView::receivedAt).reversed()
                .thenComparing(v -> v.complaintId().value()));
        int from = Math.min(visible.size(), query.page() * query.size());
        int to = Math.min(visible.size(), from + query.size());
        return new ComplaintPage(visible.subList(from, to), query.page(), query.size(), visible.size());
    }
}
