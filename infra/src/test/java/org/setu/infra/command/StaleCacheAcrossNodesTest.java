package org.setu.infra.command;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;
import org.setu.infra.support.WriteModelNode;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.AddNoteCommand;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.NoteAddedEvent;
import org.setu.kernel.referral.NoteId;
import org.setu.kernel.referral.NoteVisibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.infra.support.Scenario.*;

/**
 * Each node caches aggregates. When node B's cached case is behind a write by node A, B's next command fails on the
 * version index, the failed attempt evicts the entry, and the retry succeeds on fresh state: nothing lost, nothing
 * applied twice, no error for the caller.
 */
class StaleCacheAcrossNodesTest {

    private final TestMongo mongo = TestMongo.start();
    private final WriteModelNode a = WriteModelNode.start(mongo.database(), mongo.durability());
    private final WriteModelNode b = WriteModelNode.start(mongo.database(), mongo.durability());

    @AfterEach
    void close() {
        a.close();
        b.close();
        mongo.close();
    }

    private AddNoteCommand note(CaseId caseId, String text) {
        return new AddNoteCommand(caseId, new NoteId("N-" + text), NoteVisibility.ALL_AGENCIES, sealed(text), as(MOEWOE, Role.CASEWORKER));
    }

    @Test
    void a_command_on_a_stale_cached_aggregate_is_retried_on_fresh_state() {
        network().forEach(a.commands()::sendAndWait);
        CaseId caseId = new CaseId("case-stale-1");
        a.commands().sendAndWait(openCase(caseId));
        b.commands().sendAndWait(note(caseId, "b1"));
        a.commands().sendAndWait(note(caseId, "a1"));
        b.commands().sendAndWait(note(caseId, "b2"));
        a.commands().sendAndWait(note(caseId, "a2"));

        var texts = a.config().eventStore().readEvents(caseId.value()).asStream()
                .filter(e -> e.getPayload() instanceof NoteAddedEvent)
                .map(e -> ((NoteAddedEvent) e.getPayload()).noteId().value()).toList();
        assertThat(texts).containsExactly("N-b1", "N-a1", "N-b2", "N-a2");
    }
}
