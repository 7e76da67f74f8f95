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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands each part of the one {@link SetuSettings} tree to the code it tunes, as a bean of the part's own type. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SetuSettings.class)
public class SettingsConfiguration {

    @Bean
    public NodeSettings nodeSettings(SetuSettings setu) {
        return setu.local();
    }

    @Bean
    public AuthSettings authSettings(SetuSettings setu) {
        return setu.auth();
    }

    @Bean
    public ApiSettings apiSettings(SetuSettings setu) {
        return setu.api();
    }

    @Bean
    public ProblemSettings problemSettings(SetuSettings setu) {
        return setu.problems();
    }

    @Bean
    public AuditSettings auditSettings(SetuSettings setu) {
        return setu.audit();
    }

    @Bean
    public FeedSettings feedSettings(SetuSettings setu) {
        return setu.feeds();
    }

    @Bean
    public WebhookSettings webhookSettings(SetuSettings setu) {
        return setu.webhooks();
    }

    @Bean
    public ConsoleSettings consoleSettings(SetuSettings setu) {
        return setu.console();
    }

    @Bean
    public DeadlineSettings deadlineSettings(SetuSettings setu) {
        return setu.deadlines();
    }

    @Bean
    public ClaimSettings claimSettings(SetuSettings setu) {
        return setu.node();
    }

    @Bean
    public SlaSettings slaSettings(SetuSettings setu) {
        return setu.sla();
    }

    @Bean
    public RetentionSettings retentionSettings(SetuSettings setu) {
        return setu.retention();
    }

    @Bean
    public PrivacySettings privacySettings(SetuSettings setu) {
        return setu.privacy();
    }

    @Bean
    public BackupSettings backupSettings(SetuSettings setu) {
        return setu.backup();
    }

    @Bean
    public AccountSettings accountSettings(SetuSettings setu) {
        return setu.accounts();
    }

    @Bean
    public NetworkKeySettings networkKeySettings(SetuSettings setu) {
        return setu.keys();
    }
}
