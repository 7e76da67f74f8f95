package org.setu.query.casefile;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.FindCaseQuery;
import org.setu.kernel.referral.CaseEvent;
import org.setu.query.ProcessingGroups;

import java.time.Instant;

/** Each case's full view, from which the API renders every caller's redacted view. */
@ProcessingGroup(ProcessingGroups.CASE_VIEWS)
public class CaseViewProjection {

    public static final String COLLECTION = "case_views";
    private final CaseViewStore store;

    public CaseViewProjection(CaseViewStore store) {
        this.store = store;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long seq, @Timestamp Instant at) {
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
        return store.find(query.caseId());
    }

    @ResetHandler
    void reset() {
        store.clear();
    }
}
