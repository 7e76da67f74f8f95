package org.setu.kernel.audit;

import org.setu.kernel.query.Page;

import java.util.List;

/** A page of audit entries. */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) implements Page<AuditEntry> {

    public AuditPage {
        items = List.copyOf(items);
    }
}
