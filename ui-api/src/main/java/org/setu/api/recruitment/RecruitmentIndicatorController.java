package org.setu.api.recruitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.common.Csv;
import org.setu.api.common.Months;
import org.setu.api.security.Caller;
import org.setu.kernel.common.Role;
import org.setu.kernel.recruitment.FindRecruitmentIndicatorsQuery;
import org.setu.kernel.recruitment.Licence;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport.Row;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.stream.Collectors;

/**
 * Recruitment indicators for the secretariat (docs/recruitment.md has the definitions): JSON, or CSV with
 * {@code Accept: text/csv}. No personal data, but small cells could single a person out: secretariat roles only.
 */
@RestController
@RequestMapping("/api/v1/indicators/recruitment")
@Tag(name = "Indicators")
@SecurityRequirement(name = "bearer")
public class RecruitmentIndicatorController {

    static final String CSV_HEADER = "licence,month,sex,complaints,deployed,per_1000_deployed,resolved,"
            + "median_days_to_resolution,claimed_bdt,awarded_bdt,paid_bdt,sdg_10_7_1_median_by_destination,"
            // appended, so that the columns above keep their positions for those who read them by number
            + "p90_days_to_resolution,repeat_offender,median_days_to_sanction";
    private final ApiQueries queries;

    public RecruitmentIndicatorController(ApiQueries queries) {
        this.queries = queries;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Per recruiting agency, month and sex: complaints, per 1,000 deployed, resolution (median, p90),"
            + " amounts, SDG 10.7.1, repeat-offender flag, days to sanction")
    public Mono<RecruitmentIndicatorReport> json(@AuthenticationPrincipal Jwt jwt,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String licence) {
        Caller.of(jwt).require(Role.SECRETARIAT);
        Months.Window months = Months.window(from, to);
        return queries.ask(new FindRecruitmentIndicatorsQuery(months.from().toString(), months.to().toString(),
                licence == null ? null : new Licence(licence)), RecruitmentIndicatorReport.class);
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "The same indicators as CSV; the SDG 10.7.1 column lists country:persons:median separated by ';'")
    public Mono<String> csv(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to, @RequestParam(required = false) String licence) {
        return json(jwt, from, to, licence).map(report -> Csv.table(CSV_HEADER, report.rows(),
                RecruitmentIndicatorController::line));
    }

    private static String line(Row r) {
        String ratios = r.costRatios().stream().map(c -> c.country() + ":" + c.persons() + ":" + Csv.number(c.median()))
                .collect(Collectors.joining(";"));
        return String.join(",", r.licence(), r.month(), r.sex(), Long.toString(r.complaints()),
                r.deployed() == null ? "" : r.deployed().toString(), Csv.number(r.perThousandDeployed()),
                Long.toString(r.resolved()), Csv.number(r.medianDaysToResolution()), Long.toString(r.claimedBdt()),
                Long.toString(r.awardedBdt()), Long.toString(r.paidBdt()), ratios, Csv.number(r.p90DaysToResolution()),
                Boolean.toString(r.repeatOffender()), Csv.number(r.medianDaysToSanction()));
    }
}
