package org.setu.api.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.setu.kernel.query.Page;
import org.setu.kernel.recruitment.LicenceStatus;
import org.setu.kernel.recruitment.RecruitingAgencyView;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.Row;
import org.setu.kernel.recruitment.SanctionKind;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * A recruiting agency's public scorecard, for workers choosing an agency (docs/recruitment.md, "Public scorecard"):
 * its licence as it stands, the sanctions in force or under appeal, and the complaints received in the last twelve
 * months against the workers it deployed in them. Nothing about a complaint or a complainant, no sanction's reasons
 * or cited complaints; a count of fewer than {@value #SMALLEST_COUNT_SHOWN} is not shown, nor what is computed from
 * it, because a small count about one agency and a few months can point at the people behind it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scorecard(String licence, String name, String district, LicenceStatus status,
                        List<Sanction> sanctions, Complaints complaints) {

    static final int SMALLEST_COUNT_SHOWN = 5;
    static final int MONTHS = 12;

    /** A sanction as the public sees it; {@code appeal}: null (none), LODGED, or UPHELD. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sanction(SanctionKind kind, Instant imposedAt, Long amountBdt, Integer suspensionDays,
                           String appeal, boolean inForce) {
    }

    /**
     * Complaints received in the months {@code fromMonth}..{@code toMonth}. {@code received} is null when fewer than
     * five ({@code fewerThanFive}); {@code perThousandDeployed} needs deployments on record for those months;
     * {@code resolvedShare} is the share of them closed now.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Complaints(String fromMonth, String toMonth, Long received, boolean fewerThanFive,
                             Long deployed, Double perThousandDeployed, Double resolvedShare) {
    }

    /** The window of a scorecard read at {@code now}: this month and the eleven before it. */
    static YearMonth[] window(YearMonth current) {
        return new YearMonth[]{current.minusMonths(MONTHS - 1), current};
    }

    /** @param rows the recruitment indicators of this licence for the window (every sex; the ALL rows are used) */
    static Scorecard of(RecruitingAgencyView agency, List<Row> rows, YearMonth[] window, Instant now) {
        List<Sanction> sanctions = agency.sanctions().stream().filter(s -> !s.overturned())
                .sorted(Comparator.comparing(RecruitingAgencyView.SanctionView::imposedAt).reversed())
                .map(s -> new Sanction(s.kind(), s.imposedAt(), s.amountBdt(), s.suspensionDays(), s.appeal(),
                        s.inForce(now)))
                .toList();
        return new Scorecard(agency.licence().value(), agency.name(), agency.district(), agency.status(now), sanctions,
                complaints(rows, window));
    }

    private static Complaints complaints(List<Row> rows, YearMonth[] window) {
        List<Row> all = rows.stream().filter(r -> "ALL".equals(r.sex())).toList();
        long received = all.stream().mapToLong(Row::complaints).sum();
        long resolved = all.stream().mapToLong(Row::resolved).sum();
        boolean anyDeployments = all.stream().anyMatch(r -> r.deployed() != null);
        Long deployed = anyDeployments ? all.stream().filter(r -> r.deployed() != null).mapToLong(Row::deployed).sum() : null;
        String from = window[0].toString();
        String to = window[1].toString();
        if (received > 0 && received < SMALLEST_COUNT_SHOWN) {
            return new Complaints(from, to, null, true, deployed, null, null);
        }
        Double rate = deployed == null || deployed == 0 ? null : received * 1000.0 / deployed;
        Double share = received == 0 ? null : (double) resolved / received;
        return new Complaints(from, to, received, false, deployed, rate, share);
    }

    /** A row of the public list. */
    public record Listed(String licence, String name, String district, LicenceStatus status) {
        static Listed of(RecruitingAgencyView agency, Instant now) {
            return new Listed(agency.licence().value(), agency.name(), agency.district(), agency.status(now));
        }
    }

    /** A page of the public list, with how many agencies matched. */
    public record Entries(List<Listed> items, int page, int size, long total) implements Page<Listed> {
    }
}
