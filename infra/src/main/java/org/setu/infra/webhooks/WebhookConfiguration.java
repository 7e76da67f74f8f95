package org.setu.infra.webhooks;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.queryhandling.QueryGateway;
import org.setu.api.feeds.FeedConnections;
import org.setu.api.partners.PartnerEvents;
import org.setu.api.webhooks.WebhookUrls;
import org.setu.infra.node.NodeIdentity;
import org.setu.infra.node.ClaimSettings;
import org.setu.infra.privacy.PrivacyConfiguration;
import org.setu.api.webhooks.WebhookSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Webhook subscriptions and their background delivery. */
@Configuration(proxyBeanMethods = false)
public class WebhookConfiguration {

    @Bean
    public MongoWebhooks webhookRegistry(MongoDatabase database, PrivacyConfiguration.MasterKeyHolder master,
                                         WebhookSettings settings, MeterRegistry meters) {
        return new MongoWebhooks(database, master.key(), Clock.systemUTC(), settings.rotationOverlap(), meters);
    }

    /** Open partner feed streams on this node (all partners). */
    @Bean
    public Gauge feedConnectionsGauge(FeedConnections connections, MeterRegistry meters) {
        return Gauge.builder("setu.feed.connections", connections, FeedConnections::total)
                .description("Open partner feed streams").register(meters);
    }

    @Bean(destroyMethod = "close")
    public WebhookDispatcher webhookDispatcher(MongoWebhooks store, MongoDatabase database, QueryGateway queries,
                                               PartnerEvents events, WebhookUrls urls, WebhookSettings settings,
                                               NodeIdentity node, ClaimSettings nodeSettings) {
        // A subscription's lease lapses like a processor's claim: a dead node's deliveries resume elsewhere within it.
        var dispatcher = new WebhookDispatcher(store, database.getCollection("webhook_leases"), queries, events, urls,
                settings, Clock.systemUTC(), node.id(), nodeSettings.claimTimeout());
        dispatcher.start();
        return dispatcher;
    }
}
