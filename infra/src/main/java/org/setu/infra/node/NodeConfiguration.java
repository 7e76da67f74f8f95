package org.setu.infra.node;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** What makes this process one node among several: its data directory and (see NodeIdentity) its stable identity. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataDirectory.class)
public class NodeConfiguration {
}
