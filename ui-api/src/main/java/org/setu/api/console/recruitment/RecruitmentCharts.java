package org.setu.api.console.recruitment;

import org.setu.api.console.BarCharts;
import org.setu.api.console.BarCharts.Chart;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.Row;

import java.util.List;
import java.util.function.Function;

/**
 * The recruitment indicators as bar charts: complaints and those resolved per recruiting agency and per month, and
 * taka claimed and paid per agency. Only the {@code ALL} rows are summed (the F/M rows split the same complaints).
 */
public final class RecruitmentCharts {

    private static final int NUMBER_SPACE = 110;

    private RecruitmentCharts() {
    }

    public static List<Chart> of(RecruitmentIndicatorReport report, Function<String, String> monthName) {
        List<Row> all = report.rows().stream().filter(r -> "ALL".equals(r.sex())).toList();
        return List.of(
                BarCharts.layout("agency", false, BarCharts.sums(all, Row::licence, Row::complaints, Row::resolved),
                        Function.identity(), NUMBER_SPACE),
                BarCharts.layout("month", false, BarCharts.sums(all, Row::month, Row::complaints, Row::resolved),
                        monthName, NUMBER_SPACE),
                BarCharts.layout("money", true, BarCharts.sums(all, Row::licence, Row::claimedBdt, Row::paidBdt),
                        Function.identity(), NUMBER_SPACE));
    }
}
