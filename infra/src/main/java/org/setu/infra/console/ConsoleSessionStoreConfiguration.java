package org.setu.infra.console;

import com.mongodb.client.MongoDatabase;
import org.setu.api.console.ConsoleSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.session.WebSessionStore;

import java.time.Clock;

/**
 * With {@code MONGODB_URI} (several nodes may share the database), console sessions live in MongoDB so that any node
 * serves any request; on the embedded default (one process) they stay in memory, where they cost no write per click.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${setu.mongodb-uri:}'.trim() != ''")
public class ConsoleSessionStoreConfiguration {

    @Bean
    public WebSessionStore consoleSessionStore(MongoDatabase database, ConsoleSettings settings) {
        return new MongoWebSessionStore(database, settings.idleTimeout(), Clock.systemUTC());
    }
}
