package org.setu.infra.support;

import org.setu.infra.privacy.AesGcm;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.Base64;

/** Points a Spring test context at a fresh data directory, or at the real MongoDB named by setu.test.mongodb-uri. */
public final class SetuTestProperties {

    private SetuTestProperties() {
    }

    public static void freshStore(DynamicPropertyRegistry registry) {
        // Evaluated once: a supplier is asked again at every lookup, and all lookups must see one directory.
        String dataDir = TestMongo.newDataDir().toString();
        registry.add("setu.data-dir", () -> dataDir);
        String backups = TestMongo.newDataDir().toString();
        registry.add("setu.backup.directory", () -> backups);
        String uri = TestMongo.realServerUri();
        if (uri != null) {
            String db = "setu_test_" + System.nanoTime();
            registry.add("setu.mongodb-uri", () -> uri.replaceFirst("(mongodb(\\+srv)?://[^/?]+)(/[^?]*)?", "$1/" + db));
            // A real server needs the master key from configuration; a fresh one per (fresh) database.
            String masterKey = Base64.getEncoder().encodeToString(
                    AesGcm.newKey().getEncoded());
            registry.add("setu.privacy.master-key", () -> masterKey);
            // The webhook tests' receivers run on localhost.
            registry.add("setu.webhooks.allow-localhost", () -> "true");
        }
    }
}
