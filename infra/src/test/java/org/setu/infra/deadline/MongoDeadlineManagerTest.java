package org.setu.infra.deadline;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;
import org.setu.kernel.common.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines kept in MongoDB: due ones fire once, cancelled ones never, several nodes share the work. */
class MongoDeadlineManagerTest {

    private final TestMongo mongo = TestMongo.start();
    private final Queue<String> fired = new ConcurrentLinkedQueue<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final ScopeDescriptor scope = new AggregateScopeDescriptor("ReferralCase", "case-1");

    @AfterEach
    void close() {
        mongo.close();
    }

    /** A scope that notes each deadline it is sent as {@code payload@scope}, for the targets it resolves. */
    private ScopeAwareProvider recording(Predicate<ScopeDescriptor> resolves) {
        return s -> Stream.of(new ScopeAware() {
            @Override
            public void send(Message<?> message, ScopeDescriptor target) {
                fired.add(message.getPayload() + "@" + target.scopeDescription());
            }

            @Override
            public boolean canResolve(ScopeDescriptor target) {
                return resolves.test(target);
            }
        });
    }

    private MongoDeadlineManager node() {
        return new MongoDeadlineManager(mongo.database(), recording(target -> target instanceof AggregateScopeDescriptor a
                && a.getIdentifier().equals("case-1")), JacksonSerializer.defaultSerializer(), clock, Duration.ofSeconds(30));
    }

    @Test
    void a_deadline_fires_once_when_due_and_not_before() {
        MongoDeadlineManager manager = node();
        manager.schedule(clock.instant().plusSeconds(90), "sla", "decision-due", scope);
        assertThat(manager.poll()).isZero();
        clock.advance(Duration.ofSeconds(91));
        assertThat(manager.poll()).isEqualTo(1);
        assertThat(manager.poll()).isZero();
        assertThat(fired).hasSize(1).first().asString().startsWith("decision-due@");
    }

    @Test
    void a_cancelled_deadline_never_fires() {
        MongoDeadlineManager manager = node();
        manager.schedule(clock.instant().plusSeconds(10), "sla:ref-1", "first", scope);
        manager.schedule(clock.instant().plusSeconds(10), "sla:ref-2", "second", scope);
        manager.cancelAllWithinScope("sla:ref-1", scope);
        String third = manager.schedule(clock.instant().plusSeconds(10), "sla:ref-3", "third", scope);
        manager.cancelSchedule("sla:ref-3", third);
        clock.advance(Duration.ofMinutes(10));
        manager.poll();
        assertThat(fired).containsExactly("second@" + scope.scopeDescription());
    }

    @Test
    void deadlines_survive_a_new_manager_and_are_found_after_a_long_downtime() {
        node().schedule(clock.instant().plusSeconds(60), "sla", "overdue", scope);
        clock.advance(Duration.ofDays(3));
        assertThat(node().poll()).isEqualTo(1);
        assertThat(fired).hasSize(1);
    }

    @Test
    void of_two_nodes_polling_the_same_store_one_fires_each_deadline() throws Exception {
        MongoDeadlineManager a = node();
        MongoDeadlineManager b = node();
        for (int i = 0; i < 40; i++) {
            a.schedule(clock.instant().plusSeconds(i), "sla:" + i, "d" + i, scope);
        }
        clock.advance(Duration.ofMinutes(5));
        var pollA = new Thread(a::poll);
        var pollB = new Thread(b::poll);
        pollA.start();
        pollB.start();
        pollA.join();
        pollB.join();
        a.poll();
        assertThat(fired).hasSize(40).doesNotHaveDuplicates();
    }

    /** A deadline handler that notes each attempt and fails the first. */
    private static ScopeAwareProvider failingOnce(List<Integer> attempts) {
        return s -> Stream.of(new ScopeAware() {
            @Override
            public void send(Message<?> message, ScopeDescriptor target) {
                attempts.add(attempts.size() + 1);
                if (attempts.size() == 1) {
                    throw new IllegalStateException("transient");
                }
            }

            @Override
            public boolean canResolve(ScopeDescriptor target) {
                return true;
            }
        });
    }

    @Test
    void a_failing_handler_is_retried_in_the_next_lease_window() {
        List<Integer> attempts = new ArrayList<>();
        ScopeAwareProvider flaky = failingOnce(attempts);
        var manager = new MongoDeadlineManager(mongo.database(), flaky, JacksonSerializer.defaultSerializer(), clock,
                Duration.ofSeconds(30));
        manager.schedule(clock.instant(), "sla", "x", scope);
        clock.advance(Duration.ofSeconds(1));
        assertThat(manager.poll()).isZero();
        assertThat(manager.poll()).as("same window: claimed already").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(manager.poll()).isEqualTo(1);
        assertThat(attempts).containsExactly(1, 2);
    }

    @Test
    void a_claim_left_by_a_node_that_died_is_fired_by_another_node_in_the_next_lease_window() {
        var store = new DeadlineStore(mongo.database());
        String id = node().schedule(clock.instant(), "sla", "x", scope);
        // The dead node claimed the first window, then died before firing.
        assertThat(store.claim(id, 0, "dead-node", clock.millis())).isTrue();
        MongoDeadlineManager live = withLease(Duration.ofSeconds(2), Duration.ofMinutes(1), "survivor");

        clock.advance(Duration.ofMillis(1500));
        assertThat(live.poll()).as("the dead node's window is not over").isZero();
        clock.advance(Duration.ofMillis(600));
        assertThat(live.poll()).as("taken over 2.1 s after due").isEqualTo(1);
    }

    @Test
    void a_failed_deadline_waits_retry_after_although_its_lease_windows_are_short() {
        List<Integer> attempts = new ArrayList<>();
        ScopeAwareProvider flaky = failingOnce(attempts);
        var manager = new MongoDeadlineManager(mongo.database(), flaky, JacksonSerializer.defaultSerializer(), clock,
                Duration.ofSeconds(2), Duration.ofSeconds(60), "node-a");
        manager.schedule(clock.instant(), "sla", "x", scope);
        clock.advance(Duration.ofSeconds(1));
        assertThat(manager.poll()).isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(manager.poll()).as("many lease windows later, still held back").isZero();
        clock.advance(Duration.ofSeconds(31));
        assertThat(manager.poll()).isEqualTo(1);
        assertThat(attempts).containsExactly(1, 2);
    }

    private MongoDeadlineManager withLease(Duration lease, Duration retryAfter, String node) {
        return new MongoDeadlineManager(mongo.database(), recording(target -> true), JacksonSerializer.defaultSerializer(),
                clock, lease, retryAfter, node);
    }
}
