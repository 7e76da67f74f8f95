package org.setu.query.audit;

import org.junit.jupiter.api.Test;
import org.setu.kernel.audit.AuditEntry;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash chain as plain functions: a sealed chain checks; any change to an entry or its place does not. */
class AuditChainTest {

    private static AuditEntry entry(long seq, String previous, String action) {
        return AuditChain.seal(new AuditEntry(seq, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seq), "amina", "moewoe",
                "CASEWORKER", action, "C1", null, AuditEntry.ACCEPTED, null, "because", "e" + seq, previous, null));
    }

    @Test
    void a_sealed_chain_checks_and_any_edit_or_move_is_caught() {
        AuditEntry first = entry(1, AuditChain.GENESIS, "CaseOpened");
        AuditEntry second = entry(2, first.hash(), "CaseClosed");
        assertThat(AuditChain.check(first, 1, AuditChain.GENESIS)).isNull();
        assertThat(AuditChain.check(second, 2, first.hash())).isNull();
        assertThat(first.hash()).hasSize(64).isNotEqualTo(second.hash());

        AuditEntry edited = new AuditEntry(1, first.at(), "someone-else", first.agency(), first.roles(), first.action(),
                first.caseId(), null, first.outcome(), null, first.reason(), first.eventId(), first.previousHash(), first.hash());
        assertThat(AuditChain.check(edited, 1, AuditChain.GENESIS)).contains("altered");
        assertThat(AuditChain.check(second, 1, AuditChain.GENESIS)).contains("says it is entry 2");
        assertThat(AuditChain.check(null, 1, AuditChain.GENESIS)).contains("missing");
        assertThat(AuditChain.check(entry(2, AuditChain.GENESIS, "CaseClosed"), 2, first.hash())).contains("does not follow");
        assertThat(AuditChain.canonical(first)).startsWith("{\"seq\":1,\"at\":\"2026-01-01T00:00:01Z\",\"actor\":\"amina\"");
    }
}
