package org.setu.api.recruitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.referral.CaseAccess;
import org.setu.api.security.Caller;
import org.setu.kernel.recruitment.ComplaintPage;
import org.setu.kernel.recruitment.FindComplaintsOfCaseQuery;
import org.setu.kernel.referral.CaseId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The complaints linked to a case, for the case's page: the case by its need-to-know (else 404), then of its linked
 * complaints only those the caller may see by the complaints' own ({@code ComplaintParties.sightOf}) — an agency
 * on the case that the complaint was not shared with sees the case, not the complaint.
 */
@RestController
@Tag(name = "Recruitment")
@SecurityRequirement(name = "bearer")
public class CaseComplaintsController {

    private final CaseAccess cases;
    private final ApiQueries queries;

    public CaseComplaintsController(CaseAccess cases, ApiQueries queries) {
        this.cases = cases;
        this.queries = queries;
    }

    @GetMapping("/api/v1/cases/{caseId}/complaints")
    @Operation(summary = "The complaints linked to this case that the caller may see (summaries, no complainant)")
    public Mono<ComplaintDetail.Page> list(@AuthenticationPrincipal Jwt jwt, @PathVariable String caseId,
                                           ServerWebExchange exchange) {
        Caller caller = Caller.of(jwt);
        CaseId id = new CaseId(caseId);
        return cases.readable(caller, id, exchange)
                .then(queries.ask(new FindComplaintsOfCaseQuery(id, caller.actor()), ComplaintPage.class))
                .map(p -> new ComplaintDetail.Page(p.items().stream().map(ComplaintRenderer::summary).toList(),
                        p.page(), p.size(), p.total()));
    }
}
