package org.setu.infra.backup;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.setu.infra.mongo.EmbeddedMongoServer;
import org.setu.infra.mongo.MongoConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Online backups of the embedded store, and the restore at start-up ({@code setu.backup.*}). */
@Configuration(proxyBeanMethods = false)
public class BackupConfiguration {

    @Bean(destroyMethod = "close")
    public OnlineBackups onlineBackups(MongoConnection connection, BackupSettings settings, EventGateway events) {
        return new OnlineBackups(connection.embedded(), connection.embedded().map(EmbeddedMongoServer::dataDir).orElse(null),
                settings.directory(), Clock.systemUTC(), events::publish);
    }
}
