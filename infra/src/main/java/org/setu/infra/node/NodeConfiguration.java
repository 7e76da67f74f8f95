package org.setu.infra.node;

import org.setu.infra.SetuSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What makes this process one node among several: its data directory and its stable identity. */
@Configuration(proxyBeanMethods = false)
public class NodeConfiguration {

    @Bean
    public DataDirectory dataDirectory(SetuSettings setu) {
        return new DataDirectory(setu.dataDir());
    }

    @Bean(destroyMethod = "close")
    public NodeIdentity nodeIdentity(ClaimSettings settings, DataDirectory dataDir) {
        return NodeIdentity.open(settings.id(), dataDir.path());
    }
}
