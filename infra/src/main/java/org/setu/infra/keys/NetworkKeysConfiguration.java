package org.setu.infra.keys;

import com.mongodb.client.MongoDatabase;
import org.setu.api.security.AuthSettings;
import org.setu.infra.node.DataDirectory;
import org.setu.infra.privacy.PrivacyConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The token and audit signing keys belong to the network: kept in MongoDB sealed under the master key, so every node
 * signs and verifies with the same ring (docs/decisions/0014-network-wide-keys-and-read-your-writes.md). The data
 * directory is read only for the key files of an earlier version, imported once.
 */
@Configuration(proxyBeanMethods = false)
public class NetworkKeysConfiguration {

    @Bean
    public NetworkKeyStore networkKeyStore(MongoDatabase database, PrivacyConfiguration.MasterKeyHolder master) {
        return new NetworkKeyStore(database, master.key());
    }

    @Bean(destroyMethod = "close")
    public KeyRing tokenKeyRing(NetworkKeyStore store, NetworkKeySettings settings, AuthSettings auth,
                                DataDirectory dataDir) {
        var configured = settings.tokenSigningJwk() == null ? null : TokenKeys.configured(settings.tokenSigningJwk());
        return new KeyRing(store, TokenKeys.kind(auth.maxTokenLifetime().plus(auth.clockSkew())), settings.rotateAfter(),
                configured, dataDir.path(), settings.refresh(), Clock.systemUTC());
    }

    @Bean
    public TokenKeys tokenSigningKeys(KeyRing tokenKeyRing) {
        return new TokenKeys(tokenKeyRing);
    }

    @Bean(destroyMethod = "close")
    public KeyRing auditKeyRing(NetworkKeyStore store, NetworkKeySettings settings,
                                DataDirectory dataDir) {
        var configured = settings.auditSigningKey() == null ? null
                : AuditKeys.configured(settings.auditSigningKey(), settings.auditPublicKey());
        return new KeyRing(store, AuditKeys.kind(), settings.rotateAfter(), configured, dataDir.path(),
                settings.refresh(), Clock.systemUTC());
    }

    @Bean
    public AuditKeys auditKeys(KeyRing auditKeyRing) {
        return new AuditKeys(auditKeyRing);
    }
}
