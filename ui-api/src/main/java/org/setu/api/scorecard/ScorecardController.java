package org.setu.api.scorecard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.common.Paging;
import org.setu.api.reference.NameKey;
import org.setu.kernel.common.Checks;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Limits;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.recruitment.*;
import org.springframework.web.bind.annotation.*;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The public scorecards of licensed recruiting agencies: read without signing in, by workers and their families
 * choosing an agency (GCM objective 6). What they show is {@link Scorecard}'s rule; they are rate-limited per
 * address like every unauthenticated API path.
 */
@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Recruitment")
@SecurityRequirements // none: public
public class ScorecardController {

    private final ApiQueries queries;
    private final Clock clock = Clock.systemUTC();

    public ScorecardController(ApiQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Licensed recruiting agencies with their licence status, by licence; q finds a licence or a name")
    public Mono<Scorecard.Entries> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        int p = Paging.page(page);
        int s = Paging.size(size);
        String key = q == null || q.isBlank() ? null : NameKey.of(Checks.text(q, "q", Limits.NAME));
        Instant now = clock.instant();
        return queries.ask(new FindRecruitingAgenciesQuery(), RecruitingAgencyList.class).map(all -> {
            List<Scorecard.Listed> found = all.items().stream()
                    .filter(a -> key == null || NameKey.of(a.name()).contains(key)
                            || NameKey.of(a.licence().value()).contains(key))
                    .sorted(Comparator.comparing((RecruitingAgencyView a) -> a.licence().value()))
                    .map(a -> Scorecard.Listed.of(a, now)).toList();
            int from = (int) Math.min((long) p * s, found.size());
            return new Scorecard.Entries(found.subList(from, Math.min(from + s, found.size())), p, s, found.size());
        });
    }

    @GetMapping("/{licence}")
    @Operation(summary = "One agency's scorecard: licence status, sanctions in force or under appeal, complaints in "
            + "the last 12 months per 1,000 workers deployed (counts under 5 not shown)")
    public Mono<Scorecard> get(@PathVariable String licence) {
        Licence id = new Licence(licence);
        Instant now = clock.instant();
        YearMonth[] window = Scorecard.window(YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        return queries.ask(new FindRecruitingAgencyQuery(id), RecruitingAgencyView.class)
                .switchIfEmpty(Mono.error(new UnknownResourceException(ErrorCode.RECRUITING_AGENCY_NOT_FOUND,
                        "No recruiting agency under licence " + id)))
                .flatMap(agency -> queries.ask(new FindRecruitmentIndicatorsQuery(window[0].toString(),
                                window[1].toString(), id), RecruitmentIndicatorReport.class)
                        .map(report -> Scorecard.of(agency, report.rows(), window, now)));
    }
}
