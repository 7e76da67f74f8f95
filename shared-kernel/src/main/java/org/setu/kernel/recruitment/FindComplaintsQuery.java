package org.setu.kernel.recruitment;

import org.setu.kernel.common.Actor;

/**
 * The complaints {@code reader} may see ({@link ComplaintParties#sightOf}), optionally of one status, or only those
 * that missed a deadline and have not met it ({@link ComplaintView#overdue}), paged.
 */
public record FindComplaintsQuery(Actor reader, ComplaintStatus status, boolean overdueOnly, int page, int size) {
}
