package org.setu.query.referral;

import org.setu.kernel.query.CaseView;
import org.setu.kernel.referral.CaseEvent;
import org.setu.kernel.referral.Parties;
import org.setu.kernel.referral.PartiesContract;

import java.time.Instant;
import java.util.List;

/** The case view the API reads answers the need-to-know table with the same policy as the write side. */
class CaseViewPartiesTest extends PartiesContract {

    @Override
    protected Parties after(List<CaseEvent> events) {
        CaseView view = null;
        long seq = 0;
        for (CaseEvent event : events) {
            view = CaseViews.apply(view, event, seq++, Instant.EPOCH.plusSeconds(seq));
        }
        return view;
    }
}
