package org.setu.api.recruitment;

import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.security.Caller;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.UnknownResourceException;
import org.setu.kernel.recruitment.ComplaintId;
import org.setu.kernel.recruitment.ComplaintView;
import org.setu.kernel.recruitment.FindComplaintQuery;
import org.setu.kernel.recruitment.FindRecruitmentVersionQuery;
import reactor.core.publisher.Mono;

/**
 * Object-level need-to-know for complaints: a caller reaches a complaint only if {@code ComplaintParties.sightOf}
 * gives them some sight of it; anyone else gets the same 404 as for a complaint that does not exist.
 */
public final class ComplaintAccess {

    private final ApiQueries queries;
    private final ApiCommands commands;

    public ComplaintAccess(ApiQueries queries, ApiCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    public Mono<ComplaintView> readable(Caller caller, ComplaintId id) {
        return queries.ask(new FindComplaintQuery(id), ComplaintView.class)
                .filter(v -> v.sightOf(caller.actor()).any())
                .switchIfEmpty(Mono.error(new UnknownResourceException(ErrorCode.COMPLAINT_NOT_FOUND,
                        "No complaint " + id)));
    }

    /** Read your writes: every projection has what the command stored; then the aggregate's version (ETag). */
    public Mono<Long> caughtUp(String aggregateId) {
        return commands.awaitProjections().then(queries.ask(new FindRecruitmentVersionQuery(aggregateId), Long.class));
    }
}
