package org.setu.kernel.query;

import java.util.List;

/** A page of an agency's caseload. */
public record CaseloadPage(List<CaseSummaryView> items, int page, int size, long total) implements Page<CaseSummaryView> {

    public CaseloadPage {
        items = List.copyOf(items);
    }
}
