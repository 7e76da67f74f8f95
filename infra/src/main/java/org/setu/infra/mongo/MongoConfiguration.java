package org.setu.infra.mongo;

import com.mongodb.client.MongoDatabase;
import org.setu.infra.SetuSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/** MongoDB for the whole application: {@code MONGODB_URI} when set, the embedded server in the data directory otherwise. */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    @Bean(destroyMethod = "close")
    public MongoConnection mongoConnection(SetuSettings setu) {
        return MongoConnection.open(setu.mongodbUri(), setu.dataDir());
    }

    @Bean
    public MongoDatabase setuDatabase(MongoConnection connection) {
        return connection.database();
    }
}
