package org.setu.api.recruitment;

import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.referral.RefusedAccessLog;
import org.setu.api.security.Caller;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.recruitment.ComplaintId;
import org.setu.kernel.recruitment.ComplaintView;
import org.setu.kernel.recruitment.FindComplaintQuery;
import org.setu.kernel.recruitment.FindRecruitmentVersionQuery;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/**
 * Object-level need-to-know for complaints: a caller reaches a complaint only if {@code ComplaintParties.sightOf}
 * gives them some sight of it; anyone else gets the same 404 as for a complaint that does not exist, and the
 * secretariat sees the attempt in the audit trail ({@link RefusedAccessLog}), as for a case.
 */
public final class ComplaintAccess {

    private final ApiQueries queries;
    private final ApiCommands commands;
    private final RefusedAccessLog refusals;

    public ComplaintAccess(ApiQueries queries, ApiCommands commands, RefusedAccessLog refusals) {
        this.queries = queries;
        this.commands = commands;
        this.refusals = refusals;
    }

    /** The complaint if the caller may see it; else the 404 of an unknown one, and an existing one's refusal is recorded. */
    public Mono<ComplaintView> readable(Caller caller, ComplaintId id, ServerWebExchange exchange) {
        Mono<ComplaintView> notFound = Mono.error(new UnknownResourceException(ErrorCode.COMPLAINT_NOT_FOUND,
                "No complaint " + id));
        return queries.ask(new FindComplaintQuery(id), ComplaintView.class).switchIfEmpty(notFound)
                .flatMap(v -> v.sightOf(caller.actor()).any() ? Mono.just(v)
                        : refusals.recordComplaint(id, RefusedAccessLog.action(exchange), new Stamp(
                                new CommandId(UUID.randomUUID().toString()), caller.actor(), Instant.now())).then(notFound));
    }

    /** Read your writes: every projection has what the command stored; then the aggregate's version (ETag). */
    public Mono<Long> caughtUp(String aggregateId) {
        return commands.awaitProjections().then(queries.ask(new FindRecruitmentVersionQuery(aggregateId), Long.class));
    }
}
