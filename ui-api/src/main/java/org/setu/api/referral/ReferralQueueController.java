package org.setu.api.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.common.Paging;
import org.setu.api.security.Caller;
import org.setu.kernel.common.Checks;
import org.setu.kernel.query.FindReferralQueueQuery;
import org.setu.kernel.query.ReferralQueuePage;
import org.setu.kernel.referral.ReferralStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Locale;

/** The caller agency's referral work queues. */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Queues")
@SecurityRequirement(name = "bearer")
public class ReferralQueueController {

    private final ApiQueries queries;

    public ReferralQueueController(ApiQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Incoming (to the caller's agency) or outgoing referrals; filter by status, overdue, pendingMyAction")
    public Mono<ReferralQueuePage> queue(@AuthenticationPrincipal Jwt jwt,
                                                   @RequestParam(defaultValue = "incoming") String direction,
                                                   @RequestParam(required = false) ReferralStatus status,
                                                   @RequestParam(required = false) Boolean overdue,
                                                   @RequestParam(defaultValue = "false") boolean pendingMyAction,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        Caller caller = Caller.of(jwt);
        var side = Checks.oneOf(FindReferralQueueQuery.Direction.class, direction.toUpperCase(Locale.ROOT), "direction");
        var query = new FindReferralQueueQuery(caller.agency(), side, status, overdue, pendingMyAction,
                Paging.page(page), Paging.size(size));
        return queries.ask(query, ReferralQueuePage.class);
    }
}
