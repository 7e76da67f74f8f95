package org.setu.infra.mongo;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import org.setu.infra.SetuSettings;
import org.setu.infra.backup.BackupSettings;
import org.setu.infra.backup.StoreRestore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;


/** MongoDB for the whole application: {@code MONGODB_URI} when set, the embedded server in the data directory otherwise. */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    @Bean(destroyMethod = "close")
    public MongoConnection mongoConnection(SetuSettings setu, MeterRegistry metrics) {
        BackupSettings backups = setu.backup();
        if (backups.restore() != null) {
            if (!setu.embedded()) {
                throw new MongoStartupException("setu.backup.restore restores the embedded store, but MONGODB_URI is set: "
                        + "restore a MongoDB with mongorestore (docs/deploy.md)", null);
            }
            StoreRestore.into(setu.dataDir(), backups.restore());
        }
        // Every command timed and counted by command, collection and outcome (mongodb.driver.commands): what a
        // request costs the store, and what the front-door benchmark reports per request (issue 17).
        return MongoConnection.open(setu.mongodbUri(), setu.dataDir(), List.of(new MongoMetricsCommandListener(metrics)));
    }

    @Bean
    public MongoDatabase setuDatabase(MongoConnection connection) {
        return connection.database();
    }
}
