package org.setu.kernel.query;

import org.setu.kernel.referral.CaseId;

/** The full case view (answered with null when there is no such case). */
public record FindCaseQuery(CaseId caseId) {
}
