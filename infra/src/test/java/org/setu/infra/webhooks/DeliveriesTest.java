package org.setu.infra.webhooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.infra.webhooks.Next.Attempt;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.sharing.FeedEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The delivery rules as tables: no Mongo, no HTTP, no clock; each row one situation and what follows from it. */
class DeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(30);
    private static final Instant EARLIER = NOW.minusSeconds(30);
    private final Deliveries deliveries = new Deliveries(3, Duration.ofSeconds(5), Duration.ofSeconds(60));

    private static Subscription at(long cursor, Subscription.Pending pending, Long... redeliveries) {
        return new Subscription("W1", "p1", "https://example.org/hook", cursor, Optional.ofNullable(pending),
                List.of(redeliveries), List.of());
    }

    private static Subscription.Pending pending(long position, int attempts, Instant next) {
        return new Subscription.Pending(position, attempts, next);
    }

    static Stream<Arguments> situations() {
        return Stream.of(
                arguments("no agreement in force stops even a queued redelivery", at(7, null, 3L), false,
                        new Next.Stop()),
                arguments("no agreement in force stops a due retry", at(7, pending(8, 2, EARLIER)), false, new Next.Stop()),
                arguments("a queued redelivery goes first, before a due retry", at(7, pending(8, 2, EARLIER), 3L, 5L),
                        true, new Next.Deliver(new Attempt(3, 1, true))),
                arguments("a retry not yet due waits for its time", at(7, pending(8, 2, LATER)), true,
                        new Next.WaitUntil(LATER)),
                arguments("a retry due now is the next attempt of its position", at(7, pending(8, 2, NOW)), true,
                        new Next.Deliver(new Attempt(8, 3, false))),
                arguments("a retry past due is the next attempt of its position", at(7, pending(8, 1, EARLIER)), true,
                        new Next.Deliver(new Attempt(8, 2, false))),
                arguments("nothing queued or pending reads the feed after the cursor", at(7, null), true,
                        new Next.ReadFeed(7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void what_a_subscription_does_next(String situation, Subscription subscription, boolean agreementInForce,
                                       Next expected) {
        assertThat(Deliveries.next(subscription, agreementInForce, NOW)).isEqualTo(expected);
    }

    static Stream<Arguments> results() {
        Attempt first = new Attempt(8, 1, false);
        Attempt last = new Attempt(8, 3, false);
        Attempt redelivery = new Attempt(3, 1, true);
        return Stream.of(
                arguments("an accepted first attempt is delivered", first, true, new Outcome.Delivered(first)),
                arguments("an accepted redelivery is delivered", redelivery, true, new Outcome.Delivered(redelivery)),
                arguments("a failed redelivery stays a dead letter, never retried by backoff", redelivery, false,
                        new Outcome.RedeliveryFailed(redelivery)),
                arguments("a failed first attempt retries after base·(0.5+jitter/2)", first, false,
                        new Outcome.RetryAt(first, NOW.plusMillis(3750))),
                arguments("a failed second attempt retries after twice the base, jittered", new Attempt(8, 2, false),
                        false, new Outcome.RetryAt(new Attempt(8, 2, false), NOW.plusMillis(7500))),
                arguments("the last attempt failing dead-letters the position and moves on", last, false,
                        new Outcome.DeadLetter(last)),
                arguments("an attempt beyond the limit (limit lowered) dead-letters too", new Attempt(8, 5, false),
                        false, new Outcome.DeadLetter(new Attempt(8, 5, false))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void what_an_attempts_result_leads_to(String situation, Attempt attempt, boolean accepted, Outcome expected) {
        assertThat(deliveries.after(attempt, accepted, NOW, 0.5)).isEqualTo(expected);
    }

    @Test
    void backoff_doubles_per_attempt_up_to_its_cap_and_jitter_keeps_it_between_half_and_all_of_it() {
        assertThat(deliveries.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(2500));
        assertThat(deliveries.backoff(1, 0.999_999)).isBetween(Duration.ofMillis(4999), Duration.ofMillis(5000));
        assertThat(deliveries.backoff(3, 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(deliveries.backoff(5, 0.0)).as("80 s capped at 60 s").isEqualTo(Duration.ofSeconds(30));
        assertThat(deliveries.backoff(40, 0.0)).as("no overflow on huge attempt numbers").isEqualTo(Duration.ofSeconds(30));
    }

    private static FeedEntry entry(long position) {
        return new FeedEntry(position, "e" + position, "setu.case.opened", NOW, "C1", CaseCategory.TRAFFICKING, "Dhaka",
                Map.of());
    }

    @Test
    void entries_before_the_first_visible_one_are_passed_over() {
        assertThat(Deliveries.skippedTo(7, List.of(entry(8), entry(9), entry(10)), OptionalLong.of(10))).isEqualTo(9);
    }

    @Test
    void a_first_entry_that_is_visible_leaves_the_cursor_where_it_is() {
        assertThat(Deliveries.skippedTo(7, List.of(entry(8), entry(9)), OptionalLong.of(8))).isEqualTo(7);
    }

    @Test
    void a_batch_with_nothing_visible_is_passed_over_entirely() {
        assertThat(Deliveries.skippedTo(7, List.of(entry(8), entry(9)), OptionalLong.empty())).isEqualTo(9);
    }

    @Test
    void an_empty_batch_is_idle() {
        assertThat(Deliveries.skippedTo(7, List.of(), OptionalLong.empty())).isEqualTo(7);
    }
}
