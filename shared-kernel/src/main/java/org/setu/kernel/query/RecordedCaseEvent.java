package org.setu.kernel.query;

import org.setu.kernel.referral.CaseEvent;

import java.time.Instant;

/** One event of a case as stored: its place in the case's stream, when it was recorded, and the event. */
public record RecordedCaseEvent(long sequence, Instant at, CaseEvent event) {
}
