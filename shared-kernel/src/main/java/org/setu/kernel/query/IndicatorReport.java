package org.setu.kernel.query;

import java.util.List;

/** The indicator cells matching a {@link FindIndicatorsQuery}, ordered by month, category, stage, district, agency. */
public record IndicatorReport(List<IndicatorRow> rows) {

    public IndicatorReport {
        rows = List.copyOf(rows);
    }
}
