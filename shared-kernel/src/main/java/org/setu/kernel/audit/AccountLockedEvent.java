package org.setu.kernel.audit;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

import java.time.Instant;

/**
 * A login account (a user of the embedded issuer, or a partner client) was locked after {@code failures} failed
 * logins in a row, until {@code lockedUntil}. {@code kind} is USER or CLIENT; the stamp's actor is Setu itself.
 */
@Revision("1")
public record AccountLockedEvent(String account, String kind, int failures, Instant lockedUntil, Stamp stamp) {
}
