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

    /**
     * Setu's own stamp for a fact no command caused, such as a missed deadline: {@code why} names the occasion
     * uniquely (a deadline's name), so the command id is the same on every replay and never a client's.
     */
    public static Stamp bySetu(String why, Instant at) {
        return new Stamp(new CommandId("setu:" + why), Actor.SETU, at);
    }
}
