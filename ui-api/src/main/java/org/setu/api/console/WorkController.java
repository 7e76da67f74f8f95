package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.console.recruitment.RecruitmentGateway;
import org.setu.api.recruitment.ComplaintDetail;
import org.setu.api.security.Caller;
import org.setu.kernel.common.Role;
import org.setu.kernel.query.AgencyView;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * My work: the agency's incoming and outgoing referrals, those waiting for it, and those past their SLA, with the
 * time left. Live with htmx: the page listens to the API's queue stream and reloads its lists on each change;
 * without script it is a page like any other.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class WorkController {

    private final ConsoleGateway api;
    private final RecruitmentGateway recruitment;

    public WorkController(ConsoleGateway api, RecruitmentGateway recruitment) {
        this.api = api;
        this.recruitment = recruitment;
    }

    @GetMapping("/console")
    public Mono<Rendering> work(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String done) {
        return Mono.zip(api.queue(jwt, "incoming", true, null), api.queue(jwt, "incoming", false, null),
                        api.queue(jwt, "outgoing", false, null), api.queue(jwt, "incoming", false, true),
                        api.agencies(), api.leadOffers(jwt), overdueComplaints(jwt))
                .map(t -> Rendering.view("console/work")
                        .modelAttribute("done", done)
                        .modelAttribute("pending", t.getT1())
                        .modelAttribute("incoming", t.getT2())
                        .modelAttribute("outgoing", t.getT3())
                        .modelAttribute("overdue", t.getT4())
                        .modelAttribute("leadOffers", t.getT6().size())
                        .modelAttribute("overdueComplaints", t.getT7())
                        .modelAttribute("names", t.getT5().stream()
                                .collect(Collectors.toMap(a -> a.agencyId().value(), AgencyView::name, (a, b) -> a)))
                        .build());
    }

    /** Complaints are moved by the receiving agency's caseworkers and focal points: theirs to act on when overdue. */
    private Mono<List<ComplaintDetail.Summary>> overdueComplaints(Jwt jwt) {
        Caller caller = Caller.of(jwt);
        return caller.has(Role.CASE_STAFF)
                ? recruitment.overdueComplaints(jwt, caller.agency().value()) : Mono.just(List.of());
    }

    /** The API's live queue (no personal data in it): the page only uses its events as a signal to refresh. */
    @GetMapping(path = "/console/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    public Flux<ServerSentEvent<Object>> events(@AuthenticationPrincipal Jwt jwt) {
        return api.liveQueue(jwt);
    }
}
