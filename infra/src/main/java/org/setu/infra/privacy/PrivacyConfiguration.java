package org.setu.infra.privacy;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.setu.infra.mongo.MongoConnection;
import org.setu.api.NodeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.crypto.SecretKey;
import java.time.Clock;

/** Personal data protection: the master key, the subject key vault, key destruction on erasure, retention. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    /** Loaded (and checked) once: every key below derives from it. */
    @Bean
    public MasterKeyHolder masterKey(MongoDatabase database, MongoConnection connection,
                                     PrivacySettings settings, NodeSettings node) {
        var keys = database.getCollection(MongoPersonalDataVault.COLLECTION);
        SecretKey master = MasterKey.load(settings.masterKey(), settings.previousMasterKey(),
                connection.isEmbedded() ? node.dataDir() : null, keys, database);
        return new MasterKeyHolder(master, DerivationRoot.load(keys, master));
    }

    @Bean(destroyMethod = "close")
    public MongoPersonalDataVault personalDataVault(MongoDatabase database, MasterKeyHolder master, MeterRegistry meters) {
        return new MongoPersonalDataVault(database.getCollection(MongoPersonalDataVault.COLLECTION), master.key(),
                Clock.systemUTC(), meters);
    }

    @Bean
    public HmacPseudonyms pseudonyms(MasterKeyHolder master) {
        return new HmacPseudonyms(master.derivations().derive("setu-pseudonyms"));
    }

    /** The master key as a bean of its own type, so that nothing injects it by accident as a plain SecretKey. */
    public record MasterKeyHolder(SecretKey key, DerivationRoot derivations) {
        @Override
        public String toString() {
            return "MasterKeyHolder[hidden]";
        }
    }

    @Bean
    public SubjectKeyShredder subjectKeyShredder(MongoPersonalDataVault vault) {
        return new SubjectKeyShredder(vault);
    }

    @Bean(destroyMethod = "close")
    public RetentionJob retentionJob(RetentionSettings properties, QueryGateway queries, CommandGateway commands) {
        var job = new RetentionJob(properties, queries, commands, Clock.systemUTC());
        job.start();
        return job;
    }
}
