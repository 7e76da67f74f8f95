package org.setu.infra.settings;

import org.junit.jupiter.api.Test;
import org.setu.api.NodeSettings;
import org.setu.api.common.ApiSettings;
import org.setu.api.console.ConsoleSettings;
import org.setu.api.security.AuthSettings;
import org.setu.api.webhooks.WebhookSettings;
import org.setu.infra.SettingsConfiguration;
import org.setu.infra.SetuSettings;
import org.setu.infra.deadline.DeadlineSettings;
import org.setu.infra.command.SlaSettings;
import org.setu.infra.privacy.PrivacySettings;
import org.setu.infra.privacy.RetentionSettings;
import org.setu.kernel.referral.CaseCategory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every setting binds into the one {@code setu} tree and reaches its code as a typed bean; every leaf is documented. */
class SettingsTreeTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SettingsConfiguration.class);

    @Test
    void without_any_setting_every_part_carries_its_documented_default() {
        context.run(app -> {
            assertThat(app.getBean(ApiSettings.class).rateLimit().perSecond()).isEqualTo(50);
            assertThat(app.getBean(ApiSettings.class).maxHeaderBytes()).isEqualTo(16384);
            assertThat(app.getBean(ApiSettings.class).queueStreamPoll()).isEqualTo(Duration.ofSeconds(1));
            assertThat(app.getBean(AuthSettings.class).lockout().maxFailures()).isEqualTo(5);
            assertThat(app.getBean(WebhookSettings.class).maxPerPartner()).isEqualTo(5);
            assertThat(app.getBean(ConsoleSettings.class).timeZone()).isEqualTo(ZoneId.of("Asia/Dhaka"));
            assertThat(app.getBean(DeadlineSettings.class).lease()).isEqualTo(Duration.ofSeconds(2));
            assertThat(app.getBean(RetentionSettings.class).getPeriods()).isEmpty();
            assertThat(app.getBean(PrivacySettings.class).masterKey()).isEmpty();
            assertThat(app.getBean(NodeSettings.class).embedded()).isTrue();
            assertThat(app.getBean(NodeSettings.class).dataDir().normalize()).isEqualTo(Path.of("data"));
        });
    }

    @Test
    void a_setting_given_by_its_property_name_reaches_the_part_that_uses_it() {
        context.withPropertyValues("setu.api.rate-limit.burst=7", "setu.api.queue-stream-poll=250ms",
                "setu.auth.lockout.max-failures=3",
                "setu.auth.clock-skew=PT5S", "setu.webhooks.allowed-hosts=a.example,b.example",
                "setu.console.time-zone=UTC", "setu.deadlines.poll=PT2S", "setu.sla.urgent.decision=6h",
                "setu.retention.periods.TRAFFICKING=3650d", "setu.privacy.master-key=k",
                "setu.mongodb-uri=mongodb://db1/setu", "setu.users-file=/etc/setu/users.json").run(app -> {
            assertThat(app.getBean(ApiSettings.class).rateLimit().burst()).isEqualTo(7);
            assertThat(app.getBean(ApiSettings.class).queueStreamPoll()).isEqualTo(Duration.ofMillis(250));
            assertThat(app.getBean(AuthSettings.class).lockout().maxFailures()).isEqualTo(3);
            assertThat(app.getBean(AuthSettings.class).clockSkew()).isEqualTo(Duration.ofSeconds(5));
            assertThat(app.getBean(WebhookSettings.class).allowedHosts()).containsExactlyInAnyOrder("a.example", "b.example");
            assertThat(app.getBean(ConsoleSettings.class).timeZone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(app.getBean(DeadlineSettings.class).poll()).isEqualTo(Duration.ofSeconds(2));
            assertThat(app.getBean(SlaSettings.class).getUrgent().getDecision()).isEqualTo(Duration.ofHours(6));
            assertThat(app.getBean(RetentionSettings.class).getPeriods())
                    .containsEntry(CaseCategory.TRAFFICKING, Duration.ofDays(3650));
            assertThat(app.getBean(PrivacySettings.class).masterKey()).isEqualTo("k");
            assertThat(app.getBean(NodeSettings.class).embedded()).isFalse();
            assertThat(app.getBean(NodeSettings.class).usersFile()).contains(Path.of("/etc/setu/users.json"));
        });
    }

    @Test
    void a_queue_stream_poll_that_is_not_positive_stops_the_start_with_its_name() {
        context.withPropertyValues("setu.api.queue-stream-poll=0s").run(app -> assertThat(app).hasFailed()
                .getFailure().rootCause().hasMessageContaining("setu.api.queue-stream-poll"));
    }

    @Test
    void localhost_webhook_receivers_default_to_allowed_only_on_the_embedded_default() {
        assertThat(new SetuSettingsProbe(context).localhostAllowed()).isTrue();
        assertThat(new SetuSettingsProbe(context.withPropertyValues("setu.mongodb-uri=mongodb://db1/setu"))
                .localhostAllowed()).isFalse();
        assertThat(new SetuSettingsProbe(context.withPropertyValues("setu.mongodb-uri=mongodb://db1/setu",
                "setu.webhooks.allow-localhost=true")).localhostAllowed()).isTrue();
    }

    @Test
    void every_leaf_of_the_tree_is_documented_in_docs_configuration() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "configuration.md"));
        List<String> leaves = leaves("setu", SetuSettings.class);
        assertThat(leaves).hasSizeGreaterThan(40).contains("setu.auth.lockout.max-failures", "setu.webhooks.poll");
        assertThat(leaves).allSatisfy(key -> assertThat(doc).as("docs/configuration.md names " + key)
                .contains("`" + key + "`"));
    }

    /** The property names Spring binds: record components in kebab case; a non-record part is one leaf, {@code .*}. */
    static List<String> leaves(String prefix, Class<?> type) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + "." + kebab(component.getName());
            Class<?> child = component.getType();
            if (child.isRecord() && child.getPackageName().startsWith("org.setu")) {
                keys.addAll(leaves(key, child));
            } else if (child.getPackageName().startsWith("org.setu")) {
                keys.add(key + ".*");
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private record SetuSettingsProbe(ApplicationContextRunner runner) {
        boolean localhostAllowed() {
            boolean[] allowed = new boolean[1];
            runner.run(app -> allowed[0] = app.getBean(WebhookSettings.class)
                    .localhostAllowed(app.getBean(NodeSettings.class).embedded()));
            return allowed[0];
        }
    }
}
