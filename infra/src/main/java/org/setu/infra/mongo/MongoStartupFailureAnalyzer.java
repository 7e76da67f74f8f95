package org.setu.infra.mongo;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.setu.api.security.AuthConfigurationException;
import org.setu.infra.privacy.MasterKeyException;

/** Turns a storage failure at start-up into a short description and the action to take, instead of a stack trace. */
public class MongoStartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataDirectoryException) {
                return new FailureAnalysis(t.getMessage(),
                        "Point SETU_DATA_DIR at a directory Setu may write, or set MONGODB_URI.", t);
            }
            if (t instanceof MasterKeyException) {
                return new FailureAnalysis(t.getMessage(), "Set SETU_MASTER_KEY to the key the data was sealed with "
                        + "(base64 of 32 bytes), or restore master.key in the data directory.", t);
            }
            if (t instanceof AuthConfigurationException) {
                return new FailureAnalysis(t.getMessage(), "Fix the token settings named above (docs/api.md, "
                        + "docs/identity-keycloak.md).", t);
            }
            if (t instanceof MongoStartupException) {
                return new FailureAnalysis(t.getMessage(), "Check MONGODB_URI (mongodb://host:port/db?replicaSet=...)"
                        + " and that the server is reachable from this machine.", t);
            }
        }
        return null;
    }
}
