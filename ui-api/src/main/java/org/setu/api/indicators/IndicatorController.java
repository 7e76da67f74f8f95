package org.setu.api.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.common.Csv;
import org.setu.api.common.Months;
import org.setu.api.security.Caller;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;
import org.setu.kernel.query.FindIndicatorsQuery;
import org.setu.kernel.query.IndicatorReport;
import org.setu.kernel.query.IndicatorRow;
import org.setu.kernel.referral.CaseCategory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;


/**
 * Network indicators for the secretariat (no personal data; small cells could still single a person out, so only
 * secretariat roles read them), as JSON or, with {@code Accept: text/csv}, CSV.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators")
@SecurityRequirement(name = "bearer")
public class IndicatorController {

    static final String CSV_HEADER = "month,category,gcmObjective,migrationStage,district,agency,requested,accepted,"
            + "declined,completed,failed,withdrawn,acceptanceRate,decisionMedianHours,decisionP90Hours,"
            + "completionMedianHours,completionP90Hours,slaBreaches";
    private final ApiQueries queries;

    public IndicatorController(ApiQueries queries) {
        this.queries = queries;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Referral indicators per month, category (with its Global Compact objective), stage, district, agency")
    public Mono<IndicatorReport> json(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) CaseCategory category,
                                      @RequestParam(required = false) String district,
                                      @RequestParam(required = false) String agency) {
        Caller.of(jwt).require(Role.SECRETARIAT);
        Months.Window months = Months.window(from, to);
        return queries.ask(new FindIndicatorsQuery(months.from().toString(), months.to().toString(), category, district,
                agency == null ? null : new AgencyId(agency)), IndicatorReport.class);
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "The same indicators as CSV")
    public Mono<String> csv(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to,
                            @RequestParam(required = false) CaseCategory category,
                            @RequestParam(required = false) String district,
                            @RequestParam(required = false) String agency) {
        return json(jwt, from, to, category, district, agency).map(report -> Csv.table(CSV_HEADER, report.rows(),
                IndicatorController::line));
    }

    private static String line(IndicatorRow r) {
        return String.join(",", r.month(), r.category().name(), Integer.toString(r.gcmObjective()),
                r.migrationStage().name(), Csv.text(r.district()), r.agency(), Long.toString(r.requested()),
                Long.toString(r.accepted()), Long.toString(r.declined()), Long.toString(r.completed()),
                Long.toString(r.failed()), Long.toString(r.withdrawn()), Csv.number(r.acceptanceRate()),
                Csv.number(r.decisionMedianHours()), Csv.number(r.decisionP90Hours()), Csv.number(r.completionMedianHours()),
                Csv.number(r.completionP90Hours()), Long.toString(r.slaBreaches()));
    }
}
