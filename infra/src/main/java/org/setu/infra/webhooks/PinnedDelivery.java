package org.setu.infra.webhooks;

import io.netty.channel.ChannelOption;
import org.setu.api.webhooks.WebhookUrls;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One webhook POST to the address checked for this delivery (Reactor Netty: the JDK client cannot be told where to
 * connect). A new connection each time, so no pooled connection outlives the check; redirects are not followed;
 * https verifies the certificate against the URL's host (Reactor Netty's default).
 */
final class PinnedDelivery {

    private final HttpClient base;
    private final Duration timeout;

    PinnedDelivery(Duration timeout) {
        this.timeout = timeout;
        this.base = HttpClient.create(ConnectionProvider.newConnection())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .responseTimeout(timeout)
                .followRedirect(false);
    }

    /** The receiver's status code, or the failure (connection, TLS, timeout). */
    CompletableFuture<Integer> post(WebhookUrls.Target target, Map<String, String> headers, String body) {
        String host = target.uri().getHost().replaceAll("^\\[|]$", "");
        return base.resolver(new PinnedResolver(host, target.address()))
                .headers(h -> headers.forEach(h::set))
                .post().uri(target.uri())
                .send(ByteBufFlux.fromString(Mono.just(body)))
                .response().map(response -> response.status().code())
                .timeout(timeout.multipliedBy(3)) // connect, handshake and response together
                .toFuture();
    }
}
