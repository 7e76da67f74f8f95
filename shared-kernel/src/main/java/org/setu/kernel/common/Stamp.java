package org.setu.kernel.common;

import java.time.Instant;

/**
 * What the API layer stamps on every command, and every event keeps: the command's id (for idempotent retries),
 * the actor, and the time. Aggregates never read a clock or make up ids.
 */
public record Stamp(CommandId commandId, Actor actor, Instant at) {

    public Stamp {
        Checks.required(commandId, "commandId");
        Checks.required(actor, "actor");
        Checks.required(at, "at");
    }
}
