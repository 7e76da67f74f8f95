package org.setu.kernel.audit;

import java.util.List;

/** A run of audit entries in chain order. */
public record AuditRange(List<AuditEntry> entries) {

    public AuditRange {
        entries = List.copyOf(entries);
    }
}
