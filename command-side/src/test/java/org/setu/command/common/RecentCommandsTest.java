package org.setu.command.common;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.StampedCommand;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregates' retry bookkeeping: commands remembered from their events' stamps, a retry's effect not run again. */
class RecentCommandsTest {

    record Stamped(String what, Stamp stamp) {
    }

    record Unstamped(String what) {
    }

    record Command(Stamp stamp) implements StampedCommand {
        @Override
        public String targetAggregateId() {
            return "x";
        }
    }

    private static Stamp stamp(String commandId) {
        return new Stamp(new CommandId(commandId), new Actor(new StaffId("s-1"), new AgencyId("moewoe"),
                Set.of(Role.CASEWORKER)), Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Test
    void an_event_remembers_the_command_of_its_stamp() {
        var recent = new RecentCommands();
        recent.rememberCommandOf(new Stamped("opened", stamp("cmd-1")));
        assertThat(recent.contains(new CommandId("cmd-1"))).isTrue();
        assertThat(recent.contains(new CommandId("cmd-2"))).isFalse();
    }

    @Test
    void an_event_without_a_stamp_remembers_nothing() {
        var recent = new RecentCommands();
        recent.rememberCommandOf(new Unstamped("escalated"));
        recent.once(new Command(stamp("cmd-1")), () -> recent.remember(new CommandId("ran")));
        assertThat(recent.contains(new CommandId("ran"))).isTrue();
    }

    @Test
    void an_event_that_is_not_a_record_fails_loudly() {
        assertThatThrownBy(() -> new RecentCommands().rememberCommandOf("opened"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a record");
    }

    @Test
    void a_retried_command_does_not_run_again() {
        var recent = new RecentCommands();
        var runs = new AtomicInteger();
        recent.rememberCommandOf(new Stamped("opened", stamp("cmd-1")));
        recent.once(new Command(stamp("cmd-1")), runs::incrementAndGet);
        recent.once(new Command(stamp("cmd-2")), runs::incrementAndGet);
        assertThat(runs).hasValue(1);
    }

    @Test
    void only_the_last_window_of_commands_is_remembered() {
        var recent = new RecentCommands();
        for (int i = 0; i <= RecentCommands.WINDOW; i++) {
            recent.remember(new CommandId("cmd-" + i));
        }
        assertThat(recent.contains(new CommandId("cmd-0"))).isFalse();
        assertThat(recent.contains(new CommandId("cmd-" + RecentCommands.WINDOW))).isTrue();
    }
}
