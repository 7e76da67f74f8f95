package org.setu.api.cases;

import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.query.FindAgencyQuery;
import org.setu.kernel.query.FindCaseQuery;
import org.setu.kernel.referral.CaseId;
import reactor.core.publisher.Mono;

/**
 * Object-level need-to-know: a caller's agency reaches a case only while it leads it or has an active referral on it
 * (and the agency offered the lead may answer that offer). Anyone else gets the same 404 as for a case that does
 * not exist, so existence is not revealed.
 */
public final class CaseAccess {

    private final ApiQueries queries;

    public CaseAccess(ApiQueries queries) {
        this.queries = queries;
    }

    public Mono<CaseView> readable(Caller caller, CaseId caseId) {
        return find(caseId).filter(v -> v.mayBeReadBy(caller.agency())).switchIfEmpty(notFound(caseId));
    }

    /** A case as the caller may read it: by need-to-know, or (a reviewer) through an active break-glass grant. */
    public Mono<Reading> reading(Caller caller, CaseId caseId, java.time.Instant now) {
        return find(caseId).flatMap(v -> {
            if (v.mayBeReadBy(caller.agency())) {
                return Mono.just(new Reading(v, false));
            }
            boolean glass = caller.has(org.setu.kernel.common.Role.SECRETARIAT_REVIEWER)
                    && v.breakGlassActive(caller.staffId(), now);
            return glass ? Mono.just(new Reading(v, true)) : Mono.empty();
        }).switchIfEmpty(notFound(caseId));
    }

    /** The case, and whether the caller reads it through break-glass. */
    public record Reading(CaseView view, boolean breakGlass) {
    }

    /** The case for the secretariat's privacy actions (erasure, break-glass): existence only, no need-to-know. */
    public Mono<CaseView> existing(CaseId caseId) {
        return find(caseId).switchIfEmpty(notFound(caseId));
    }

    public Mono<CaseView> offeredTo(Caller caller, CaseId caseId) {
        return find(caseId).filter(v -> v.mayBeReadBy(caller.agency()) || caller.agency().equals(v.transferTarget()))
                .switchIfEmpty(notFound(caseId));
    }

    public Mono<AgencyType> typeOf(Caller caller) {
        return queries.ask(new FindAgencyQuery(caller.agency()), AgencyView.class)
                .map(AgencyView::type);
    }

    private Mono<CaseView> find(CaseId caseId) {
        return queries.ask(new FindCaseQuery(caseId), CaseView.class);
    }

    private static <T> Mono<T> notFound(CaseId caseId) {
        return Mono.error(new UnknownResourceException(ErrorCode.CASE_NOT_FOUND, "No case " + caseId));
    }
}
