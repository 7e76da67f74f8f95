package org.setu.infra.webhooks;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * A resolver that knows one name: the webhook's host, answered with the address {@code WebhookUrls} checked. The HTTP
 * client connects there without a lookup of its own (no DNS rebinding between check and connect, and no blocking
 * lookup on the event loop), while the URL's host still names the Host header, SNI and the certificate to verify.
 */
final class PinnedResolver extends AddressResolverGroup<InetSocketAddress> {

    private final String host;
    private final InetAddress address;

    PinnedResolver(String host, InetAddress address) {
        this.host = host.toLowerCase(Locale.ROOT);
        this.address = address;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new InetNameResolver(executor) {
            @Override
            protected void doResolve(String name, Promise<InetAddress> promise) {
                if (host.equals(name.toLowerCase(Locale.ROOT))) {
                    promise.setSuccess(address);
                } else {
                    promise.setFailure(new UnknownHostException(name + " was not checked for this delivery"));
                }
            }

            @Override
            protected void doResolveAll(String name, Promise<List<InetAddress>> promise) {
                if (host.equals(name.toLowerCase(Locale.ROOT))) {
                    promise.setSuccess(List.of(address));
                } else {
                    promise.setFailure(new UnknownHostException(name + " was not checked for this delivery"));
                }
            }
        }.asAddressResolver();
    }
}
