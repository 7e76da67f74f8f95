package org.setu.kernel.admin;

import java.util.List;

/** The rebuildable projections by name, each with its last rebuild's progress ({@link RebuildStatus}). */
public record ProjectionList(List<RebuildStatus> projections) {

    public ProjectionList {
        projections = List.copyOf(projections);
    }

    /** Whether a rebuild is running: the operations page then says to look again for its progress. */
    public boolean anyRunning() {
        return projections.stream().anyMatch(p -> p.state() == RebuildStatus.State.RUNNING);
    }
}
