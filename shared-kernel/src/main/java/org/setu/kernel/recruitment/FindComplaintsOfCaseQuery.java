package org.setu.kernel.recruitment;

import org.setu.kernel.common.Actor;
import org.setu.kernel.referral.CaseId;

/** The complaints linked to a case that {@code reader} may see ({@link ComplaintParties#sightOf}). */
public record FindComplaintsOfCaseQuery(CaseId caseId, Actor reader) {
}
