package org.setu.infra.web;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.setu.kernel.query.WatchReferralQueueQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live work queue: a referral to the caller's agency arrives as an event; leaving closes the subscription. */
class ReferralStreamTest extends ApiTestBase {

    @Autowired
    QueryUpdateEmitter emitter;

    private long watchers() {
        return emitter.activeSubscriptions().stream()
                .filter(s -> s.getPayload() instanceof WatchReferralQueueQuery).count();
    }

    @Test
    void a_new_incoming_referral_is_pushed_and_the_subscription_ends_with_the_client() {
        List<ServerSentEvent<Map<String, Object>>> received = new CopyOnWriteArrayList<>();
        var subscription = web.mutate().responseTimeout(Duration.ofMinutes(1)).build()
                .get().uri("/api/v1/referrals/stream").header(HttpHeaders.AUTHORIZATION, bearer("iom-fp"))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody().subscribeOn(Schedulers.boundedElastic()).subscribe(received::add);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().anyMatch(e -> "snapshot".equals(e.event())));
            String caseId = openCase();
            String referralId = refer(caseId, "moe-cw", "iom-bd", "REINTEGRATION");
            await().atMost(Duration.ofSeconds(10)).until(() -> received.stream()
                    .anyMatch(e -> "referral".equals(e.event()) && referralId.equals(e.id())));
            var pushed = received.stream().filter(e -> referralId.equals(e.id())).findFirst().orElseThrow();
            assertThat(pushed.data()).containsEntry("status", "REQUESTED").containsEntry("toAgency", "iom-bd");
            assertThat(watchers()).isPositive();
        } finally {
            subscription.dispose();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> watchers() == 0);
    }

    @Test
    void the_stream_needs_a_token() {
        web.get().uri("/api/v1/referrals/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isUnauthorized();
    }
}
