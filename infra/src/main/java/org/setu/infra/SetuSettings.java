package org.setu.infra;

import org.setu.api.NodeSettings;
import org.setu.api.accounts.AccountSettings;
import org.setu.api.audit.AuditSettings;
import org.setu.api.common.ApiSettings;
import org.setu.api.console.ConsoleSettings;
import org.setu.api.feeds.FeedSettings;
import org.setu.api.problem.ProblemSettings;
import org.setu.api.security.AuthSettings;
import org.setu.api.webhooks.WebhookSettings;
import org.setu.infra.backup.BackupSettings;
import org.setu.infra.deadline.DeadlineSettings;
import org.setu.infra.node.ClaimSettings;
import org.setu.infra.keys.NetworkKeySettings;
import org.setu.infra.command.SlaSettings;
import org.setu.infra.privacy.PrivacySettings;
import org.setu.infra.privacy.RetentionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every Setu setting, as one typed tree under {@code setu}: each part is a record (or bean) that lives beside the code
 * it tunes and is handed to that code as a bean ({@link SettingsConfiguration}); nothing reads a {@code setu.*}
 * property by name. Defaults stand on the parts; {@code application.yml} maps the environment variables in
 * ({@code MONGODB_URI}, {@code SETU_MASTER_KEY}, {@code SETU_JWT_ISSUER_URI}...). {@code docs/configuration.md}
 * lists them all.
 *
 * @param dataDir    the node's data directory (the embedded store, the master key on the embedded default)
 * @param mongodbUri a MongoDB replica set; blank: the embedded default
 * @param usersFile  the bootstrap users file; blank: the demo users
 * @param rebuild    processing groups to rebuild at start-up, comma-separated ({@code --setu.rebuild=caseloads})
 * @param seed       {@code demo} registers the demo network (the quick-start sets it)
 */
@ConfigurationProperties("setu")
public record SetuSettings(@DefaultValue("./data") Path dataDir, String mongodbUri, String usersFile, String rebuild,
                           String seed,
                           @DefaultValue AuthSettings auth, @DefaultValue ApiSettings api,
                           @DefaultValue ProblemSettings problems, @DefaultValue AuditSettings audit,
                           @DefaultValue FeedSettings feeds, @DefaultValue WebhookSettings webhooks,
                           @DefaultValue ConsoleSettings console, @DefaultValue DeadlineSettings deadlines,
                           SlaSettings sla, RetentionSettings retention, @DefaultValue PrivacySettings privacy,
                           @DefaultValue BackupSettings backup, @DefaultValue AccountSettings accounts,
                           NetworkKeySettings keys, @DefaultValue ClaimSettings node) {

    public SetuSettings {
        mongodbUri = blankToNull(mongodbUri);
        usersFile = blankToNull(usersFile);
        rebuild = rebuild == null ? "" : rebuild;
        sla = sla == null ? new SlaSettings() : sla;
        keys = keys == null ? new NetworkKeySettings(null, null, null, null, null) : keys;
        retention = retention == null ? new RetentionSettings() : retention;
    }

    /** No MongoDB URI: the in-process embedded server. */
    public boolean embedded() {
        return mongodbUri == null;
    }

    /** This node's files and mode, as the API side sees them. */
    public NodeSettings local() {
        return new NodeSettings(dataDir, Optional.ofNullable(usersFile).map(Path::of), embedded());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
