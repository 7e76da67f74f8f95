package org.setu.kernel.recruitment;

import org.setu.kernel.common.Actor;

/** The complaints {@code reader} may see ({@link ComplaintParties#sightOf}), optionally of one status, paged. */
public record FindComplaintsQuery(Actor reader, ComplaintStatus status, int page, int size) {
}
