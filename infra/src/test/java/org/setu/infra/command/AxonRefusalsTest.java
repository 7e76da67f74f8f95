package org.setu.infra.command;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.common.SetuException;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's refusals become Setu's error codes in one place, however they arrive wrapped. */
class AxonRefusalsTest {

    private static ErrorCode codeOf(Throwable failure) {
        Throwable translated = AxonRefusals.translate(failure);
        assertThat(translated).isInstanceOf(SetuException.class);
        return ((SetuException) translated).code();
    }

    @Test
    void an_unknown_aggregate_is_not_found() {
        assertThat(codeOf(new AggregateNotFoundException("C-1", "no C-1"))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void a_deleted_aggregate_is_not_found_too() {
        assertThat(codeOf(new AggregateDeletedException("C-1", "gone"))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void a_stale_expected_version_is_a_failed_precondition() {
        assertThat(codeOf(new ConflictingAggregateVersionException("C-1", 3, 5))).isEqualTo(ErrorCode.PRECONDITION_FAILED);
    }

    @Test
    void a_version_taken_by_a_concurrent_commit_is_a_concurrent_modification() {
        assertThat(codeOf(new ConcurrencyException("taken"))).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
    }

    @Test
    void wrappers_are_taken_off_before_translating() {
        var wrapped = new CompletionException(new CommandExecutionException("failed", new ConcurrencyException("taken")));
        assertThat(codeOf(wrapped)).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
    }

    @Test
    void a_setu_refusal_comes_out_of_its_wrappers_unchanged() {
        var refusal = new RuleViolationException(ErrorCode.CASE_CLOSED, "closed");
        assertThat(AxonRefusals.translate(new CommandExecutionException("failed", refusal))).isSameAs(refusal);
    }

    @Test
    void anything_else_passes_unchanged() {
        var unforeseen = new IllegalStateException("disk full");
        assertThat(AxonRefusals.translate(new CompletionException(unforeseen))).isSameAs(unforeseen);
    }
}
