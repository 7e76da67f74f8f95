package org.setu.api.referral;

import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.FindAgencyQuery;
import org.setu.kernel.query.FindCaseQuery;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.ReferralId;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Object-level need-to-know: a caller's agency reaches a case only while it is on it ({@code Parties.onCase}: it leads
 * it or has an active referral on it; the agency offered the lead may answer that offer), and a referral only if it
 * may see it ({@code Parties.seesReferral}), the policy the write side applies too. Anyone else gets
 * the same 404 as for a case or referral that does not exist, so existence is not revealed; the attempt is recorded
 * for the secretariat ({@link RefusedAccessLog}).
 */
public final class CaseAccess {

    private final ApiQueries queries;
    private final RefusedAccessLog refusals;

    public CaseAccess(ApiQueries queries, RefusedAccessLog refusals) {
        this.queries = queries;
        this.refusals = refusals;
    }

    public Mono<CaseView> readable(Caller caller, CaseId caseId, ServerWebExchange exchange) {
        return reach(caller, caseId, exchange, v -> v.onCase(caller.agency()));
    }

    /** A case as the caller may read it: by need-to-know, or (a reviewer) through an active break-glass grant. */
    public Mono<Reading> reading(Caller caller, CaseId caseId, Instant now, ServerWebExchange exchange) {
        return reach(caller, caseId, exchange, v -> v.onCase(caller.agency()) || glass(caller, v, now))
                .map(v -> new Reading(v, !v.onCase(caller.agency())));
    }

    private static boolean glass(Caller caller, CaseView v, Instant now) {
        return caller.has(Role.SECRETARIAT_REVIEWER) && v.breakGlassActive(caller.staffId(), now);
    }

    /** The case, and whether the caller reads it through break-glass. */
    public record Reading(CaseView view, boolean breakGlass) {
    }

    /** The case for the secretariat's privacy actions (erasure, break-glass): existence only, no need-to-know. */
    public Mono<CaseView> existing(CaseId caseId) {
        return find(caseId).switchIfEmpty(notFound(caseId));
    }

    public Mono<CaseView> offeredTo(Caller caller, CaseId caseId, ServerWebExchange exchange) {
        return reach(caller, caseId, exchange,
                v -> v.onCase(caller.agency()) || caller.agency().equals(v.transferTarget()));
    }

    /** A referral action: the case must be readable and the referral one the caller may see, else the same 404. */
    public Mono<CaseView> referral(Caller caller, CaseId caseId, ReferralId referralId, ServerWebExchange exchange) {
        return readable(caller, caseId, exchange).flatMap(v -> v.referralVisibleTo(referralId, caller.agency()) ? Mono.just(v)
                : refused(caller, caseId, referralId.value(), exchange).then(Mono.error(new UnknownResourceException(
                        ErrorCode.REFERRAL_NOT_FOUND, "No referral " + referralId + " on case " + caseId))));
    }

    public Mono<AgencyType> typeOf(Caller caller) {
        return queries.ask(new FindAgencyQuery(caller.agency()), AgencyView.class)
                .map(AgencyView::type);
    }

    private Mono<CaseView> reach(Caller caller, CaseId caseId, ServerWebExchange exchange, Predicate<CaseView> may) {
        return find(caseId).switchIfEmpty(notFound(caseId)).flatMap(v -> may.test(v) ? Mono.just(v)
                : refused(caller, caseId, null, exchange).then(notFound(caseId)));
    }

    private Mono<Void> refused(Caller caller, CaseId caseId, String referralId, ServerWebExchange exchange) {
        Stamp stamp = new Stamp(new CommandId(UUID.randomUUID().toString()), caller.actor(), Instant.now());
        return refusals.record(caseId, referralId, RefusedAccessLog.action(exchange), stamp);
    }

    private Mono<CaseView> find(CaseId caseId) {
        return queries.ask(new FindCaseQuery(caseId), CaseView.class);
    }

    private static <T> Mono<T> notFound(CaseId caseId) {
        return Mono.error(new UnknownResourceException(ErrorCode.CASE_NOT_FOUND, "No case " + caseId));
    }
}
