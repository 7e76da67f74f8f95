package org.setu.query.referral;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.CaseSummaryView;
import org.setu.kernel.query.FindCaseQuery;
import org.setu.kernel.query.FindLeadOffersQuery;
import org.setu.kernel.query.ReferralView;
import org.setu.kernel.referral.CaseEvent;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.common.GenerationalProjection;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Each case's full view, from which the API renders every caller's redacted view. */
@ProcessingGroup(ProcessingGroups.CASE_VIEWS)
public class CaseViewProjection extends GenerationalProjection {

    public static final String COLLECTION = "case_views";

    public CaseViewProjection(Generations generations) {
        super(generations, ProcessingGroups.CASE_VIEWS, COLLECTION);
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long seq, @Timestamp Instant at) {
        CaseViewStore store = new CaseViewStore(write(COLLECTION));
        CaseView current = store.find(event.caseId());
        if (current != null && seq <= current.version()) {
            return;
        }
        CaseView next = CaseViews.apply(current, event, seq, at);
        if (next != null) {
            store.save(next);
        }
    }

    @QueryHandler
    public CaseView handle(FindCaseQuery query) {
        return new CaseViewStore(read(COLLECTION)).find(query.caseId());
    }

    /** Open cases whose lead is offered to the agency, newest activity first: the facts it needs to answer, no more. */
    @QueryHandler
    public List<CaseSummaryView> handle(FindLeadOffersQuery query) {
        return new CaseViewStore(read(COLLECTION)).offeredTo(query.agency()).stream()
                .filter(v -> query.agency().equals(v.transferTarget()))
                .sorted(Comparator.comparing(CaseView::lastActivityAt).reversed())
                .map(v -> new CaseSummaryView(v.caseId(), v.status(), v.facts().category(), v.leadAgency(),
                        v.facts().district(), v.lastActivityAt(), v.referrals().stream().anyMatch(ReferralView::overdue)))
                .toList();
    }
}
