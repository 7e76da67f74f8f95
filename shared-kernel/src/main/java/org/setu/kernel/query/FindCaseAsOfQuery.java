package org.setu.kernel.query;

import org.setu.kernel.referral.CaseId;

import java.time.Instant;

/** The full case view as it stood at {@code asOf}, rebuilt from the case's events (null if it did not exist yet). */
public record FindCaseAsOfQuery(CaseId caseId, Instant asOf) {
}
