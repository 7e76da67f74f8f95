package org.setu.infra.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.setu.api.ApiConfiguration;
import org.setu.api.accounts.Accounts;
import org.setu.api.common.ApiSettings;
import org.setu.api.common.IdempotencyStore;
import org.setu.api.login.LoginAttempts;
import org.setu.api.login.LoginThrottle;
import org.setu.api.referral.QueueStreamPolling;
import org.setu.infra.mongo.MongoConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.time.Clock;
import org.setu.infra.privacy.PrivacyConfiguration;

/** Plugs the web API into the application: its configuration and the MongoDB-backed stores it needs. */
@Configuration(proxyBeanMethods = false)
@Import(ApiConfiguration.class)
public class ApiWiring {

    @Bean
    public IdempotencyStore idempotencyStore(MongoDatabase database,
                                             PrivacyConfiguration.MasterKeyHolder master) {
        return new MongoIdempotencyStore(database, Clock.systemUTC(), master.derivations().derive("setu-idempotency"));
    }

    @Bean
    public UnparsableUriRoute unparsableUriRoute(ObjectMapper json) {
        return new UnparsableUriRoute(json);
    }

    /** Shared by every node, so a lock holds wherever the next guess arrives (docs/decisions/0011-login-lockout.md). */
    @Bean
    public LoginAttempts loginAttempts(MongoDatabase database, LoginThrottle throttle,
                                       PrivacyConfiguration.MasterKeyHolder master) {
        return new MongoLoginAttempts(database, Clock.systemUTC(), master.derivations().derive("setu-login-attempts"),
                throttle.lockDuration());
    }

    /**
     * Live queue streams poll for changes stored on other nodes on a shared MongoDB (any number of nodes), every
     * {@code setu.api.queue-stream-poll}; the embedded default is one node, whose own projection pushes every change.
     */
    @Bean
    public QueueStreamPolling queueStreamPolling(MongoConnection connection, ApiSettings settings) {
        return connection.isEmbedded() ? QueueStreamPolling.OFF : new QueueStreamPolling(settings.queueStreamPoll());
    }

    /** Staff accounts stored by Setu beside the users file (docs/decisions/0013-accounts-and-sessions.md). */
    @Bean
    public Accounts accounts(MongoDatabase database) {
        return new MongoAccounts(database);
    }
}
