package org.setu.api.console.recruitment;

import org.setu.api.recruitment.CaseComplaintsController;
import org.setu.api.recruitment.ComplaintActionsController;
import org.setu.api.recruitment.ComplaintController;
import org.setu.api.recruitment.ComplaintDetail;
import org.setu.api.recruitment.RecruitingAgencyController;
import org.setu.api.recruitment.RecruitingAgencyController.AgencyRecord;
import org.setu.api.recruitment.RecruitmentIndicatorController;
import org.setu.api.recruitment.RecruitmentRequests;
import org.setu.api.referral.CaseRequests;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.recruitment.ComplaintStatus;
import org.setu.kernel.recruitment.RecruitmentIndicatorReport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The recruitment pages do what the API does by calling the API's own handlers, as {@code ConsoleGateway} does for
 * cases: the same need-to-know ({@code ComplaintParties.sightOf}: a complaint the caller may not see is the same
 * 404), the same field-level renderer (a recruiter's representative never sees a complainant who did not consent),
 * the same role checks, commands and refusals. These pages add forms, never rules.
 */
@Component
public class RecruitmentGateway {

    private final ComplaintController complaints;
    private final ComplaintActionsController steps;
    private final RecruitingAgencyController agencies;
    private final RecruitmentIndicatorController indicators;
    private final CaseComplaintsController caseComplaints;

    public RecruitmentGateway(ComplaintController complaints, ComplaintActionsController steps,
                              RecruitingAgencyController agencies, RecruitmentIndicatorController indicators,
                              CaseComplaintsController caseComplaints) {
        this.caseComplaints = caseComplaints;
        this.complaints = complaints;
        this.steps = steps;
        this.agencies = agencies;
        this.indicators = indicators;
    }

    /** Files a complaint received by the caller's agency; answers its id. */
    public Mono<String> file(Jwt jwt, RecruitmentRequests.FileComplaint body, ServerWebExchange exchange) {
        return call(() -> complaints.file(jwt, body, exchange))
                .map(r -> (String) ((Map<?, ?>) r.getBody()).get("complaintId"));
    }

    public Mono<ComplaintDetail.Page> complaints(Jwt jwt, ComplaintStatus status, int page, int size) {
        return call(() -> complaints.list(jwt, status, null, page, size));
    }

    /** The complaints the caller's agency received that missed a deadline and have not met it, for "my work". */
    public Mono<List<ComplaintDetail.Summary>> overdueComplaints(Jwt jwt, String agency) {
        return call(() -> complaints.list(jwt, null, true, 0, 100))
                .map(p -> p.items().stream().filter(c -> c.receivingAgency().equals(agency)).toList());
    }

    public Mono<ComplaintDetail> complaint(Jwt jwt, String complaintId, ServerWebExchange exchange) {
        return call(() -> complaints.get(jwt, complaintId, null, exchange)).map(ResponseEntity::getBody);
    }

    /** A lifecycle step, share, erasure or link; the switch has no default, so every form is routed. */
    public Mono<Void> step(Jwt jwt, String id, ComplaintForm action, ComplaintForms.StepForm form, ServerWebExchange ex) {
        return call(() -> switch (action) {
            case REGISTER -> steps.register(jwt, id, new CaseRequests.Empty(), ex);
            case NOTIFY_AGENCY -> steps.notifyAgency(jwt, id, new CaseRequests.Empty(), ex);
            case HEARING -> steps.hearing(jwt, id, new RecruitmentRequests.HearingBody(form.heldAt()), ex);
            case AWARD -> steps.award(jwt, id, form.amount(), ex);
            case PAYMENT -> steps.payment(jwt, id, form.amount(), ex);
            case DEFAULT -> steps.defaulted(jwt, id, form.reason(), ex);
            case REFER_TO_COURT -> steps.referToCourt(jwt, id, form.reason(), ex);
            case WITHDRAW -> steps.withdraw(jwt, id, form.reason(), ex);
            case CLOSE -> steps.close(jwt, id, new RecruitmentRequests.OutcomeBody(form.text("outcome")), ex);
            case REOPEN -> steps.reopen(jwt, id, form.reason(), ex);
            case SHARE -> steps.share(jwt, id, new RecruitmentRequests.ShareBody(form.text("agency")), ex);
            case ERASE_COMPLAINANT -> steps.erase(jwt, id, form.reason(), ex);
            case LINK_CASE -> steps.linkCase(jwt, id, new RecruitmentRequests.LinkCaseBody(form.text("caseId")), ex);
        }).then();
    }

    /**
     * The complaints linked to a case that the caller may see; none for a reader who reaches the case only through
     * break-glass (the complaints' need-to-know is their own, and break-glass opens the case, not them).
     */
    public Mono<ComplaintDetail.Page> caseComplaints(Jwt jwt, String caseId, ServerWebExchange exchange) {
        return call(() -> caseComplaints.list(jwt, caseId, exchange))
                .onErrorResume(UnknownResourceException.class, notOnCase -> Mono.just(NO_COMPLAINTS));
    }

    public static final ComplaintDetail.Page NO_COMPLAINTS = new ComplaintDetail.Page(List.of(), 0, 1, 0);

    public Mono<List<AgencyRecord>> agencies(Jwt jwt) {
        return call(() -> agencies.list(jwt));
    }

    public Mono<AgencyRecord> agency(Jwt jwt, String licence) {
        return call(() -> agencies.get(jwt, licence));
    }

    public Mono<Void> enter(Jwt jwt, RecruitmentRequests.RecruitingAgencyBody body, ServerWebExchange exchange) {
        return call(() -> agencies.enter(jwt, body, exchange)).then();
    }

    public Mono<Void> deployments(Jwt jwt, String licence, String month, RecruitmentRequests.DeploymentsBody body,
                                  ServerWebExchange exchange) {
        return call(() -> agencies.deployments(jwt, licence, month, body, exchange)).then();
    }

    public Mono<Void> subAgent(Jwt jwt, String licence, RecruitmentRequests.SubAgentBody body, ServerWebExchange ex) {
        return call(() -> agencies.subAgent(jwt, licence, body, ex)).then();
    }

    public Mono<Void> sanction(Jwt jwt, String licence, RecruitmentRequests.SanctionBody body, ServerWebExchange ex) {
        return call(() -> agencies.sanction(jwt, licence, body, ex)).then();
    }

    public Mono<Void> appeal(Jwt jwt, String licence, String sanctionId, RecruitmentRequests.AppealBody body,
                             ServerWebExchange exchange) {
        return call(() -> agencies.appeal(jwt, licence, sanctionId, body, exchange)).then();
    }

    public Mono<Void> decide(Jwt jwt, String licence, String sanctionId, RecruitmentRequests.AppealDecisionBody body,
                             ServerWebExchange exchange) {
        return call(() -> agencies.decide(jwt, licence, sanctionId, body, exchange)).then();
    }

    public Mono<RecruitmentIndicatorReport> indicators(Jwt jwt, String from, String to, String licence) {
        return call(() -> indicators.json(jwt, from, to, licence));
    }

    public Mono<String> indicatorsCsv(Jwt jwt, String from, String to, String licence) {
        return call(() -> indicators.csv(jwt, from, to, licence));
    }

    /** A handler may refuse before it returns its Mono (a role check, a malformed id): that becomes an error too. */
    private static <T> Mono<T> call(Supplier<Mono<T>> handler) {
        return Mono.defer(handler);
    }
}
