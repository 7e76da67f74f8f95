package org.setu.kernel.audit;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/**
 * A locked login account may log in again: {@code how} is LOCK_EXPIRED (recorded at the first attempt after the lock
 * ran out; the actor is Setu) or BY_ADMIN (the stamp names the administrator). {@code kind} is USER or CLIENT.
 */
@Revision("1")
public record AccountUnlockedEvent(String account, String kind, String how, Stamp stamp) {
}
