package org.setu.kernel.sharing;

import org.setu.kernel.referral.CaseCategory;

import java.time.Instant;
import java.util.Map;

/**
 * One shareable fact of the partner feed, at its dense {@code position} (1, 2, 3…; the SSE event id). {@code data}
 * holds only non-personal, structured values (agencies, service types, states, codes, times); {@code caseId} is
 * never shown to a partner as it is, only pseudonymised.
 */
public record FeedEntry(long position, String eventId, String type, Instant time, String caseId, CaseCategory category,
                        String district, Map<String, String> data) {

    public FeedEntry {
        data = Map.copyOf(data);
    }
}
