package org.setu.api.audit;

import org.setu.api.common.Csv;
import org.setu.kernel.audit.AuditEntry;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One audit entry per CSV line; every field quoted, and a leading formula character neutralised for spreadsheets. */
final class AuditCsv {

    static final String HEADER = "seq,at,actor,agency,roles,action,caseId,referralId,outcome,errorCode,reason,eventId,previousHash,hash";

    private AuditCsv() {
    }

    static String line(AuditEntry e) {
        return Stream.of(Long.toString(e.seq()), Objects.toString(e.at(), ""), e.actor(), e.agency(), e.roles(), e.action(),
                        e.caseId(), e.referralId(), e.outcome(), e.errorCode(), e.reason(), e.eventId(), e.previousHash(), e.hash())
                .map(Csv::text).collect(Collectors.joining(",")) + "\n";
    }
}
