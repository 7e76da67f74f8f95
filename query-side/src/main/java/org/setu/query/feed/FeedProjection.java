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
import org.setu.kernel.recruitment.ComplaintEvent;
import org.setu.kernel.recruitment.ComplaintFiledEvent;
import org.setu.kernel.recruitment.RecruitingAgencyEvent;
import org.setu.kernel.recruitment.RecruitingAgencyLicensedEvent;
import org.setu.kernel.sharing.FeedBatch;
import org.setu.kernel.sharing.FeedEntry;
import org.setu.kernel.sharing.FindFeedQuery;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.BatchHead;
import org.setu.query.common.BatchWrites;
import org.setu.query.common.Generations;
import org.setu.query.common.GenerationalProjection;
import org.setu.query.common.NumberedThrough;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * The partner feed: every shareable case and recruitment event, numbered densely (1, 2, 3…) in log order, with its case's category and
 * district for the agreements' filters. Positions are the SSE event ids and webhook cursors; dense numbers let a reader
 * fetch the next entries by exact {@code _id} (an index hit on the embedded server too). A replay numbers the same log
 * the same way. Redelivery is harmless: an event the head may have passed is found by its id and skipped
 * ({@link NumberedThrough}).
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
        Document facts = event instanceof CaseOpenedEvent e
                ? remember(e.caseId().value(), e.facts().category(), e.facts().district(), null) : null;
        append(message, FeedEntries.type(event), event.caseId().value(), FeedEntries.data(event), facts);
    }

    /** A recruiting agency's entries are about the licence (its subject); its district is the agreements' filter. */
    @EventHandler
    void on(RecruitingAgencyEvent event, EventMessage<?> message) {
        Document facts = event instanceof RecruitingAgencyLicensedEvent e
                ? remember(e.licence().value(), CaseCategory.RECRUITMENT_COMPLAINT, e.district(), e.licence().value())
                : null;
        append(message, RecruitmentFeedEntries.type(event), event.licence().value(), RecruitmentFeedEntries.data(event),
                facts);
    }

    /** A complaint counts as a RECRUITMENT_COMPLAINT in the district of the agency complained against. */
    @EventHandler
    void on(ComplaintEvent event, EventMessage<?> message) {
        Document facts = null;
        if (event instanceof ComplaintFiledEvent e) {
            String licence = e.facts().recruitingAgency().value();
            Document agency = write(CASES).find(Filters.eq("_id", licence)).first();
            facts = remember(e.complaintId().value(), CaseCategory.RECRUITMENT_COMPLAINT,
                    agency == null ? null : agency.getString("district"), licence);
        }
        append(message, RecruitmentFeedEntries.type(event), event.complaintId().value(),
                RecruitmentFeedEntries.data(event), facts);
    }

    /** What the agreements filter on, per subject (a case, a complaint, a licence), and the licence it concerns. */
    private Document remember(String subject, CaseCategory category, String district, String licence) {
        Document facts = new Document("_id", subject).append("category", category.name()).append("district", district);
        if (licence != null) {
            facts.append("recruitingAgency", licence);
        }
        write(CASES).replaceOne(Filters.eq("_id", subject), facts, new ReplaceOptions().upsert(true));
        return facts;
    }

    /** @param facts the subject's facts when this event just told them, else null (they are read) */
    private void append(EventMessage<?> message, String type, String subject, Map<String, String> eventData,
                        Document facts) {
        if (type == null) {
            return;
        }
        number(message, type, subject, eventData, facts);
    }

    private void number(EventMessage<?> message, String type, String subject, Map<String, String> eventData,
                        Document facts) {
        Document head = BatchHead.read(write(HEAD));
        if (NumberedThrough.mayBeNumbered(head, message)) {
            Document numbered = write(BY_EVENT).find(Filters.eq("_id", message.getIdentifier())).first();
            if (numbered != null) {
                finishHead(head, numbered.getLong("position"), message);
                return;
            }
        }
        Document subjectFacts = facts != null ? facts : write(CASES).find(Filters.eq("_id", subject)).first();
        if (subjectFacts == null) {
            return;
        }
        long position = (head == null ? 0 : head.getLong("position")) + 1;
        Document data = new Document();
        if (subjectFacts.getString("recruitingAgency") != null) {
            data.append("recruitingAgency", subjectFacts.getString("recruitingAgency"));
        }
        eventData.forEach(data::append);
        // Written once, with the batch's writes (BatchWrites): another event's entry at this number (a writer whose
        // head was stale) is refused.
        BatchWrites.insertOnce(write(ENTRIES), new Document("_id", position)
                .append("eventId", message.getIdentifier()).append("type", type)
                .append("time", Date.from(message.getTimestamp())).append("caseId", subject)
                .append("category", subjectFacts.getString("category"))
                .append("district", subjectFacts.getString("district"))
                .append("data", data), stored -> message.getIdentifier().equals(stored.getString("eventId")));
        BatchWrites.replace(write(BY_EVENT), new Document("_id", message.getIdentifier()).append("position", position));
        moveHead(head, position, message);
    }

    /**
     * A redelivered event already numbered: if a crash (or an online backup's copy) came after its number was kept
     * but before the head moved, the head moves now; left behind, the next event would take the same number and
     * overwrite this one's entry, and partners would never see it.
     */
    private void finishHead(Document head, long position, EventMessage<?> message) {
        if (head == null || head.getLong("position") < position) {
            moveHead(head, position, message);
        }
    }

    private void moveHead(Document previous, long position, EventMessage<?> message) {
        BatchHead.write(write(HEAD), NumberedThrough.advance(new Document("position", position), previous, message));
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
