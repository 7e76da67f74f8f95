package org.setu.kernel.query;

import org.setu.kernel.referral.CaseId;

/** The case's current version in the event store (its last event's sequence number), or -1. */
public record FindCaseVersionQuery(CaseId caseId) {
}
