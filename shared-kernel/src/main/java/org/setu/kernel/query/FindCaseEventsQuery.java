package org.setu.kernel.query;

import org.setu.kernel.referral.CaseId;

/**
 * Every event of one case, oldest first, for its history in plain language. The answer is the whole history: the
 * caller must first pass the case's need-to-know and then show only what its own view of the case shows.
 */
public record FindCaseEventsQuery(CaseId caseId) {
}
