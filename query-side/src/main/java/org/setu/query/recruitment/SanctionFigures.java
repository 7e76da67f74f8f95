package org.setu.query.recruitment;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The recruitment indicators' figures drawn from sanctions (docs/recruitment.md). One rule for both: a sanction
 * overturned on appeal counts as never imposed; one pending appeal, or upheld, stands (as for the licence status).
 */
final class SanctionFigures {

    /** How many standing sanctions within the window make an agency a repeat offender. */
    static final int REPEAT = 2;
    /** The window: the row's month and the eleven calendar months before it. */
    static final int WINDOW_MONTHS = 12;

    private SanctionFigures() {
    }

    /** Two or more standing sanctions of the agency imposed in {@code month} or the eleven months before. */
    static boolean repeatOffender(Collection<SanctionFact> sanctions, String licence, String month) {
        YearMonth end = YearMonth.parse(month);
        YearMonth start = end.minusMonths(WINDOW_MONTHS - 1);
        return sanctions.stream().filter(s -> !s.overturned() && s.licence().equals(licence))
                .map(s -> YearMonth.parse(s.month()))
                .filter(m -> !m.isBefore(start) && !m.isAfter(end))
                .count() >= REPEAT;
    }

    /** Per complaint id: when the first standing sanction citing it was imposed. */
    static Map<String, Instant> firstSanctioned(Collection<SanctionFact> sanctions) {
        Map<String, Instant> first = new HashMap<>();
        sanctions.stream().filter(s -> !s.overturned()).forEach(s -> s.complaintIds()
                .forEach(id -> first.merge(id, s.imposedAt(), (a, b) -> a.isBefore(b) ? a : b)));
        return first;
    }
}
