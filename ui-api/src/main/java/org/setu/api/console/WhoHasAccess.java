package org.setu.api.console;

import org.setu.api.referral.CaseDetail;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may read the case now, and why, as far as the caller may know it: the lead agency; each agency with an active
 * referral (need-to-know ends with the referral: {@code Parties.givesAccess}); and, for the lead, reviewers holding
 * an active break-glass grant.
 */
public final class WhoHasAccess {

    private WhoHasAccess() {
    }

    /** One row: who, the reason's message key, and the referral or grant behind it. */
    public record Row(String who, String reason, String referralId, CaseDetail.Referral referral,
                      CaseDetail.BreakGlass grant) {
    }

    public static List<Row> of(CaseDetail c) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(c.leadAgency(), "access.lead", null, null, null));
        CaseParties parties = CaseParties.of(c);
        parties.links().stream().filter(parties::givesAccess).map(CaseParties.Link::referral)
                .forEach(r -> rows.add(new Row(r.toAgency(), "access.referral", r.referralId(), r, null)));
        if (c.breakGlass() != null) {
            c.breakGlass().stream().filter(CaseDetail.BreakGlass::active)
                    .forEach(g -> rows.add(new Row(g.reviewer(), "access.breakGlass", null, null, g)));
        }
        return rows;
    }
}
