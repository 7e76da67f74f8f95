package org.setu.api.console;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.setu.api.common.ApiQueries;
import org.setu.api.reference.ReferenceLists;
import org.setu.api.referral.CaseController;
import org.setu.api.referral.CaseDetail;
import org.setu.api.referral.CaseReadController;
import org.setu.api.referral.CaseRequests;
import org.setu.api.referral.ReferralActionsController;
import org.setu.api.referral.ReferralQueueController;
import org.setu.api.referral.ReferralStreamController;
import org.setu.api.referral.SubjectPrivacyController;
import org.setu.api.security.Caller;
import org.setu.kernel.query.CaseSummaryView;
import org.setu.kernel.query.FindCaseEventsQuery;
import org.setu.kernel.query.FindLeadOffersQuery;
import org.setu.kernel.query.RecordedCaseEvent;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.query.AgencyView;
import org.setu.kernel.query.CaseloadPage;
import org.setu.kernel.query.FindAgenciesQuery;
import org.setu.kernel.query.ReferralQueuePage;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.ReferralStep;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The console does what the API does by calling the API's own handlers: the same need-to-know checks (a case the
 * caller may not see is the same 404), the same field-level renderer, the same audit of every view of personal
 * data, the same commands and refusals. The console adds pages, never rules.
 */
@Component
public class ConsoleGateway {

    /** Agency names sorted for people: canonical equivalents equal, case ignored (the names are mostly English). */
    private static final Comparator<String> NAMES = ReferenceLists.nameOrder(Locale.ENGLISH);

    private final CaseReadController reads;
    private final CaseController cases;
    private final ReferralActionsController referrals;
    private final ReferralQueueController queues;
    private final ReferralStreamController streams;
    private final ApiQueries queries;
    private final SubjectPrivacyController privacy;

    public ConsoleGateway(CaseReadController reads, CaseController cases, ReferralActionsController referrals,
                          ReferralQueueController queues, ReferralStreamController streams, ApiQueries queries,
                          SubjectPrivacyController privacy) {
        this.privacy = privacy;
        this.reads = reads;
        this.cases = cases;
        this.referrals = referrals;
        this.queues = queues;
        this.streams = streams;
        this.queries = queries;
    }

    public Mono<CaseDetail> readCase(Jwt jwt, String caseId, ServerWebExchange exchange) {
        return call(() -> reads.get(jwt, caseId, null, exchange)).map(ResponseEntity::getBody);
    }

    public Mono<CaseloadPage> caseload(Jwt jwt, CaseStatus status, CaseCategory category, int page) {
        return call(() -> cases.caseload(jwt, status, category, page, 20));
    }

    public Mono<ReferralQueuePage> queue(Jwt jwt, String direction, boolean pendingMyAction, Boolean overdue) {
        return call(() -> queues.queue(jwt, direction, null, overdue, pendingMyAction, 0, 50));
    }

    public Flux<ServerSentEvent<Object>> liveQueue(Jwt jwt) {
        return Flux.defer(() -> streams.stream(jwt));
    }

    /** The service directory, by name (active agencies only: a suspended one cannot take referrals). */
    public Mono<List<AgencyView>> agencies() {
        return agencies(new FindAgenciesQuery(null, null, null));
    }

    /** The agencies offering a service, in a district, in a language (each filter optional), by name. */
    public Mono<List<AgencyView>> agencies(FindAgenciesQuery search) {
        var stored = new FindAgenciesQuery(search.serviceType(),
                ReferenceLists.shipped().storedDistrict(search.district()), search.language());
        return queries.ask(stored, ResponseTypes.multipleInstancesOf(AgencyView.class))
                .map(all -> all.stream().filter(AgencyView::active)
                        .sorted(Comparator.comparing(AgencyView::name, NAMES)).toList());
    }

    /** Opens a case; answers its id. */
    public Mono<String> open(Jwt jwt, CaseRequests.OpenCase body, ServerWebExchange exchange) {
        return call(() -> cases.open(jwt, body, exchange)).map(r -> (String) ((Map<?, ?>) r.getBody()).get("caseId"));
    }

    /** Any other action, named as its API route's last segment; answers nothing but success or the refusal. */
    public Mono<Void> act(Jwt jwt, String caseId, String action, ConsoleForms.Action form, ServerWebExchange exchange) {
        return call(() -> switch (action) {
            case "refer" -> referrals.request(jwt, caseId, form.referral(), exchange);
            case "notes" -> cases.note(jwt, caseId, form.note(), exchange);
            case "close" -> cases.close(jwt, caseId, form.reason(), exchange);
            case "reopen" -> cases.reopen(jwt, caseId, form.reason(), exchange);
            case "override" -> cases.overrideConsent(jwt, caseId,
                    new CaseRequests.ConsentOverride(form.text("agency"), form.text("reason")), exchange);
            case "lead-transfer" -> cases.offerLead(jwt, caseId,
                    new CaseRequests.LeadTransfer(form.text("toAgency"), form.text("reason")), exchange);
            default -> throw new IllegalArgumentException(action);
        }).then();
    }

    /** Takes a referral step; the switch has no default, so a step the lifecycle's table gains must be routed here. */
    public Mono<Void> actOnReferral(Jwt jwt, String caseId, String referralId, ReferralStep step,
                                    ConsoleForms.Action form, ServerWebExchange exchange) {
        return call(() -> switch (step) {
            case ACCEPT -> referrals.accept(jwt, caseId, referralId, new CaseRequests.Empty(), exchange);
            case DECLINE -> referrals.decline(jwt, caseId, referralId, form.decline(), exchange);
            case START -> referrals.start(jwt, caseId, referralId, new CaseRequests.Empty(), exchange);
            case COMPLETE -> referrals.complete(jwt, caseId, referralId, form.outcome(), exchange);
            case FAIL -> referrals.fail(jwt, caseId, referralId, form.reason(), exchange);
            case WITHDRAW -> referrals.withdraw(jwt, caseId, referralId, form.reason(), exchange);
        }).then();
    }

    /**
     * The case's events, oldest first. Only for a page that has read the case through {@link #readCase} (which
     * checked need-to-know) and that tells only what that reading shows ({@link CaseHistoryLines}).
     */
    public Mono<List<RecordedCaseEvent>> history(String caseId) {
        return queries.ask(new FindCaseEventsQuery(new CaseId(caseId)),
                ResponseTypes.multipleInstancesOf(RecordedCaseEvent.class));
    }

    /** The cases whose lead is offered to the caller's agency (no personal data). */
    public Mono<List<CaseSummaryView>> leadOffers(Jwt jwt) {
        return call(() -> queries.ask(new FindLeadOffersQuery(Caller.of(jwt).agency()),
                ResponseTypes.multipleInstancesOf(CaseSummaryView.class)));
    }

    /** The offered agency's answer: take the lead, or decline it with a reason. */
    public Mono<Void> answerLead(Jwt jwt, String caseId, boolean accept, ConsoleForms.Action form,
                                 ServerWebExchange exchange) {
        return call(() -> accept ? cases.acceptLead(jwt, caseId, new CaseRequests.Empty(), exchange)
                : cases.declineLead(jwt, caseId, form.reason(), exchange)).then();
    }

    /** Break-glass grants on a case and their uses (the lead agency and the secretariat). */
    public Mono<SubjectPrivacyController.BreakGlassReport> grants(Jwt jwt, String caseId, ServerWebExchange exchange) {
        return call(() -> privacy.grants(jwt, caseId, exchange));
    }

    /** A reviewer's emergency access to one case, for a time, with a reason. */
    public Mono<Void> breakGlass(Jwt jwt, String caseId, CaseRequests.BreakGlass body, ServerWebExchange exchange) {
        return call(() -> privacy.breakGlass(jwt, caseId, body, exchange)).then();
    }

    /** Erases the subject's personal data (SECRETARIAT_ADMIN). */
    public Mono<Void> erase(Jwt jwt, String caseId, CaseRequests.Reason body, ServerWebExchange exchange) {
        return call(() -> privacy.erase(jwt, caseId, body, exchange)).then();
    }

    /** A handler may refuse before it returns its Mono (a role check, a malformed id): that becomes an error too. */
    private static <T> Mono<T> call(Supplier<Mono<T>> handler) {
        return Mono.defer(handler);
    }
}
