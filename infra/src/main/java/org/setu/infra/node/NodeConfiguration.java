package org.setu.infra.node;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What makes this process one node among several: its data directory and its stable identity. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DataDirectory.class, NodeSettings.class})
public class NodeConfiguration {

    @Bean(destroyMethod = "close")
    public NodeIdentity nodeIdentity(NodeSettings settings, DataDirectory dataDir) {
        return NodeIdentity.open(settings.id(), dataDir.path());
    }
}
