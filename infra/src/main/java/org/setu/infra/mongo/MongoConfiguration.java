package org.setu.infra.mongo;

import com.mongodb.client.MongoDatabase;
import org.setu.infra.backup.BackupSettings;
import org.setu.infra.backup.StoreRestore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** MongoDB for the whole application: {@code MONGODB_URI} when set, the embedded server in the data directory otherwise. */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    @Bean(destroyMethod = "close")
    public MongoConnection mongoConnection(@Value("${setu.mongodb-uri:}") String mongodbUri,
                                           @Value("${setu.data-dir:./data}") Path dataDir,
                                           BackupSettings backups) {
        if (backups.restore() != null) {
            if (mongodbUri != null && !mongodbUri.isBlank()) {
                throw new MongoStartupException("setu.backup.restore restores the embedded store, but MONGODB_URI is set: "
                        + "restore a MongoDB with mongorestore (docs/deploy.md)", null);
            }
            StoreRestore.into(dataDir, backups.restore());
        }
        return MongoConnection.open(mongodbUri, dataDir);
    }

    @Bean
    public MongoDatabase setuDatabase(MongoConnection connection) {
        return connection.database();
    }
}
