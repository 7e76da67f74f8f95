package org.setu.infra.privacy;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.setu.infra.mongo.MongoConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

/** Personal data protection: the master key, the subject key vault, key destruction on erasure, retention. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
public class PrivacyConfiguration {

    @Bean
    public MongoPersonalDataVault personalDataVault(MongoDatabase database, MongoConnection connection,
                                                    @Value("${SETU_MASTER_KEY:${setu.privacy.master-key:}}") String masterKey,
                                                    @Value("${setu.data-dir:./data}") Path dataDir,
                                                    MeterRegistry meters) {
        var keys = database.getCollection(MongoPersonalDataVault.COLLECTION);
        var master = MasterKey.load(masterKey, connection.isEmbedded() ? dataDir : null, keys);
        return new MongoPersonalDataVault(keys, master, Clock.systemUTC(), meters);
    }

    @Bean
    public SubjectKeyShredder subjectKeyShredder(MongoPersonalDataVault vault) {
        return new SubjectKeyShredder(vault);
    }

    @Bean(destroyMethod = "close")
    public RetentionJob retentionJob(RetentionProperties properties, QueryGateway queries, CommandGateway commands) {
        var job = new RetentionJob(properties, queries, commands, Clock.systemUTC());
        job.start();
        return job;
    }
}
