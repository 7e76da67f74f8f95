package org.setu.api.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.sharing.AgreementId;
import org.setu.kernel.sharing.AgreementList;
import org.setu.kernel.sharing.FindAgreementsQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * Where a partner's data goes, for the secretariat that agreed to send it: the webhooks of an agreement's partner
 * (addresses and progress, never a secret). Read only: registering, removing and re-keying stay with the partner
 * ({@link WebhookController}); revoking the agreement stops every delivery.
 */
@RestController
@Tag(name = "Partners")
@SecurityRequirement(name = "bearer")
public class PartnerWebhooksController {

    private final WebhookRegistry registry;
    private final ApiQueries queries;

    public PartnerWebhooksController(WebhookRegistry registry, ApiQueries queries) {
        this.registry = registry;
        this.queries = queries;
    }

    /** An agreement's partner and its webhooks. */
    public record PartnerWebhooks(String agreementId, String partner, List<WebhookRegistry.Subscription> webhooks) {
    }

    @GetMapping("/api/v1/agreements/{agreementId}/webhooks")
    @Operation(summary = "The webhooks of an agreement's partner (SECRETARIAT_ADMIN); no secrets")
    public Mono<PartnerWebhooks> webhooks(@AuthenticationPrincipal Jwt jwt, @PathVariable String agreementId) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        AgreementId id = new AgreementId(agreementId);
        return queries.ask(new FindAgreementsQuery(null), AgreementList.class)
                .flatMapIterable(AgreementList::agreements).filter(a -> a.agreementId().equals(id)).next()
                .switchIfEmpty(Mono.error(new UnknownResourceException(ErrorCode.NOT_FOUND, "No agreement " + agreementId)))
                .flatMap(a -> Mono.fromCallable(() -> new PartnerWebhooks(agreementId, a.partner(),
                        registry.list(a.partner()))).subscribeOn(Schedulers.boundedElastic()));
    }
}
