package org.setu.api.recruitment;

import org.setu.api.referral.CaseAccess;
import org.setu.api.security.Caller;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.referral.CaseId;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The referral case a complaint is linked to, as the request names it: a case the caller may not see reads as an
 * unknown one (its refusal recorded by {@link CaseAccess}), and since the resource the request is about exists, the
 * reference is what is wrong: a field error on {@code caseId}, the same for filing with a case and for linking later.
 */
final class LinkedCase {

    private LinkedCase() {
    }

    /** Completes if there is no case or the caller may see it; otherwise the field error. */
    static Mono<Void> check(CaseAccess cases, Caller caller, CaseId caseId, ServerWebExchange exchange) {
        if (caseId == null) {
            return Mono.empty();
        }
        return cases.readable(caller, caseId, exchange)
                .onErrorMap(UnknownResourceException.class, unknown -> new InvalidInputException(ErrorCode.INVALID_INPUT,
                        "caseId", "No case " + caseId + " that you may see"))
                .then();
    }

    /**
     * The stamp of the link sent with a filing: its own command id, derived from the filing's so that a retry under
     * the same Idempotency-Key makes the same link (the filing's id would read as a retry of the filing itself).
     */
    static Stamp stampAfter(Stamp filing) {
        String id = UUID.nameUUIDFromBytes((filing.commandId().value() + "|link-case").getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Stamp(new CommandId(id), filing.actor(), filing.at());
    }
}
