package org.setu.api.console;

import org.setu.api.console.BarCharts.Chart;
import org.setu.kernel.query.IndicatorReport;
import org.setu.kernel.query.IndicatorRow;

import java.util.List;
import java.util.function.Function;

/** The referral indicators as bar charts: referrals requested and completed per month, per category and per district. */
public final class IndicatorCharts {

    private static final int NUMBER_SPACE = 60;

    private IndicatorCharts() {
    }

    /** Month, category and district charts; {@code category} names a category in the page's language. */
    public static List<Chart> of(IndicatorReport report, Function<IndicatorRow, String> category) {
        return List.of(chart("month", report, IndicatorRow::month),
                chart("category", report, category),
                chart("district", report, r -> r.district() == null ? "–" : r.district()));
    }

    private static Chart chart(String id, IndicatorReport report, Function<IndicatorRow, String> key) {
        return BarCharts.layout(id, false, BarCharts.sums(report.rows(), key, IndicatorRow::requested,
                IndicatorRow::completed), Function.identity(), NUMBER_SPACE);
    }
}
