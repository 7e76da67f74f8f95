package org.setu.api.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.setu.api.NodeSettings;
import org.setu.api.admin.BackupController;
import org.setu.api.admin.DeadLetterController;
import org.setu.api.admin.ProjectionsController;
import org.setu.api.admin.RebuildController;
import org.setu.api.security.Caller;
import org.setu.kernel.admin.BackupStatus;
import org.setu.kernel.admin.DeadLetterReport;
import org.setu.kernel.admin.ProjectionList;
import org.setu.kernel.admin.RebuildStatus;
import org.setu.kernel.common.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Optional;

/**
 * The secretariat administrator's operations page, through the API's own admin handlers: the events waiting in each
 * view's dead-letter queue with a retry, every rebuildable view with its last rebuild's progress and a button to
 * rebuild it, and the online backup of the embedded store. Each action posts, is recorded in the audit trail by the
 * API's handlers, and comes back to the page (post/redirect/get), which shows what it did or what was refused.
 */
@Controller
@Hidden // pages for people, not part of the API document
public class OperationsPagesController {

    static final String PAGE = "/console/operations";

    private final DeadLetterController deadLetters;
    private final ProjectionsController projections;
    private final RebuildController rebuilds;
    private final BackupController backups;
    private final NodeSettings node;
    private final ConsoleRefusals refusals;

    public OperationsPagesController(DeadLetterController deadLetters, ProjectionsController projections,
                                     RebuildController rebuilds, BackupController backups, NodeSettings node,
                                     ConsoleRefusals refusals) {
        this.deadLetters = deadLetters;
        this.projections = projections;
        this.rebuilds = rebuilds;
        this.backups = backups;
        this.node = node;
        this.refusals = refusals;
    }

    /** What the last action did, as the redirect names it: checked against the page's own lists before it is shown. */
    record Done(String action, String group, Integer count, String backupId) {
    }

    @GetMapping(PAGE)
    public Mono<Rendering> page(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String done,
                                @RequestParam(required = false) String group,
                                @RequestParam(required = false) Integer count,
                                @RequestParam(required = false) String backup) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return render(jwt, new Done(done, group, count, backup), null);
    }

    @PostMapping(PAGE + "/dead-letters/{group}/retry")
    public Mono<Rendering> retry(@AuthenticationPrincipal Jwt jwt, @PathVariable String group,
                                 ServerWebExchange exchange) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return Mono.defer(() -> deadLetters.retry(jwt, group, exchange))
                .map(answer -> redirect("done", "deadLettersRetried", "group", group,
                        "count", ((Map<?, ?>) answer.getBody()).get("sequencesCleared")))
                .onErrorResume(e -> refused(jwt, e, "retry-" + group, exchange));
    }

    @PostMapping(PAGE + "/projections/{group}/rebuild")
    public Mono<Rendering> rebuild(@AuthenticationPrincipal Jwt jwt, @PathVariable String group,
                                   ServerWebExchange exchange) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return Mono.defer(() -> rebuilds.start(jwt, group, exchange))
                .map(answer -> redirect("done", "rebuildStarted", "group", group))
                .onErrorResume(e -> refused(jwt, e, "rebuild-" + group, exchange));
    }

    @PostMapping(PAGE + "/backups")
    public Mono<Rendering> backup(@AuthenticationPrincipal Jwt jwt, ServerWebExchange exchange) {
        Caller.of(jwt).require(Role.SECRETARIAT_ADMIN);
        return Mono.defer(() -> backups.start(jwt, exchange))
                .map(answer -> redirect("done", "backupStarted",
                        "backup", ((BackupStatus) answer.getBody()).backupId()))
                .onErrorResume(e -> refused(jwt, e, "backup", exchange));
    }

    /** Back to the page with what was done: the query's names and values in pairs, in this order. */
    private static Rendering redirect(Object... pairs) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PAGE);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            uri.queryParam((String) pairs[i], pairs[i + 1]);
        }
        return Rendering.redirectTo(uri.encode().build().toUriString()).build();
    }

    private Mono<Rendering> refused(Jwt jwt, Throwable e, String form, ServerWebExchange exchange) {
        return render(jwt, new Done(null, null, null, null), refusals.of(e, form, exchange));
    }

    private Mono<Rendering> render(Jwt jwt, Done done, ConsoleRefusals.Refusal refusal) {
        Mono<Optional<BackupStatus>> backup = done.backupId() == null ? Mono.just(Optional.empty())
                : Mono.defer(() -> backups.status(jwt, done.backupId())).map(Optional::of)
                .onErrorResume(e -> Mono.just(Optional.empty())); // an unknown id in the address shows no backup
        return Mono.zip(Mono.defer(() -> deadLetters.list(jwt)), Mono.defer(() -> projections.list(jwt)), backup)
                .map(t -> Rendering.view("console/operations")
                        .status(refusal == null ? HttpStatus.OK : HttpStatus.valueOf(refusal.status()))
                        .modelAttribute("deadLetters", t.getT1()).modelAttribute("projections", t.getT2())
                        .modelAttribute("backup", t.getT3().orElse(null)).modelAttribute("embedded", node.embedded())
                        .modelAttribute("done", known(done, t.getT1(), t.getT2(), t.getT3().orElse(null)))
                        .modelAttribute("refusal", refusal).build());
    }

    /** A done message for a group the page lists (or the backup it shows) only: the address cannot make one up. */
    static Done known(Done done, DeadLetterReport letters, ProjectionList views, BackupStatus backup) {
        if (done.action() == null) {
            return null;
        }
        return switch (done.action()) {
            case "deadLettersRetried" -> done.count() != null && done.count() >= 0 && letters.groups().stream()
                    .anyMatch(g -> g.processingGroup().equals(done.group())) ? done : null;
            case "rebuildStarted" -> views.projections().stream().map(RebuildStatus::processingGroup)
                    .anyMatch(g -> g.equals(done.group())) ? done : null;
            case "backupStarted" -> backup != null ? done : null;
            default -> null;
        };
    }
}
