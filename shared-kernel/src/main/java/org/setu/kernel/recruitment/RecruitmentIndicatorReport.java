package org.setu.kernel.recruitment;

import java.util.List;

/**
 * Recruitment indicators: one row per recruiting agency, month (of receipt) and sex ({@code ALL} first). No personal
 * data; definitions and sources in docs/recruitment.md.
 */
public record RecruitmentIndicatorReport(List<Row> rows) {

    public RecruitmentIndicatorReport {
        rows = List.copyOf(rows);
    }

    /**
     * @param deployed            workers (for F: women; for M: workers less women) the agency sent that month; null
     *                            when not recorded (or for X and UNKNOWN, which deployment records do not count)
     * @param perThousandDeployed complaints × 1000 ÷ deployed; null without a denominator
     * @param resolved            complaints of the row that are closed now
     * @param costRatios          SDG 10.7.1 per destination country: median of cost paid ÷ monthly wage, per person
     * @param p90DaysToResolution the 90th percentile of the resolved complaints' days to resolution (linear
     *                            interpolation between ranks, as the median); null for none resolved
     * @param repeatOffender      the agency had two or more sanctions, not overturned on appeal, imposed in this
     *                            month or the eleven before; the same on every row of the agency and month
     * @param medianDaysToSanction of the row's complaints cited by a sanction not overturned, the median of days from
     *                            receipt to the first such sanction; null for none
     */
    public record Row(String licence, String month, String sex, long complaints, Integer deployed,
                      Double perThousandDeployed, long resolved, Double medianDaysToResolution, long claimedBdt,
                      long awardedBdt, long paidBdt, List<CostRatio> costRatios, Double p90DaysToResolution,
                      boolean repeatOffender, Double medianDaysToSanction) {

        public Row {
            costRatios = List.copyOf(costRatios);
        }
    }

    /** The SDG 10.7.1 ratio of one destination country: how many persons had both figures, and their median. */
    public record CostRatio(String country, int persons, double median) {
    }
}
