package org.setu.api.console;

import org.junit.jupiter.api.Test;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.recruitment.AppealOutcome;
import org.setu.kernel.recruitment.ComplaintCategory;
import org.setu.kernel.recruitment.ComplaintChannel;
import org.setu.kernel.recruitment.ComplaintPurpose;
import org.setu.kernel.recruitment.ComplaintStatus;
import org.setu.kernel.recruitment.LicenceStatus;
import org.setu.kernel.recruitment.SanctionKind;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.ConsentPurpose;
import org.setu.kernel.referral.DeclineReason;
import org.setu.kernel.referral.MigrationStage;
import org.setu.kernel.referral.NoteVisibility;
import org.setu.kernel.referral.ReferralStatus;
import org.setu.kernel.referral.Urgency;
import org.setu.kernel.referral.Vulnerability;
import org.setu.kernel.sharing.IdentifierPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every console text exists in English and in Bangla: keys, enum labels, problem words, and what templates use. */
class ConsoleMessagesTest {

    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(CaseCategory.class, CaseStatus.class,
            MigrationStage.class, ReferralStatus.class, ServiceType.class, Urgency.class, DeclineReason.class,
            ConsentPurpose.class, NoteVisibility.class, Vulnerability.class, AgencyType.class, IdentifierPolicy.class,
            // Recruitment
            ComplaintStatus.class, ComplaintChannel.class, ComplaintCategory.class, ComplaintPurpose.class,
            SanctionKind.class, LicenceStatus.class, AppealOutcome.class);
    /** Texts that read the same in both languages: names and numbers only. */
    private static final Set<String> SAME_IN_BOTH = Set.of("layout.signedIn", "note.meta");

    private final Properties en = load("/messages.properties");
    private final Properties bn = load("/messages_bn.properties");

    @Test
    void both_languages_have_the_same_keys() {
        assertThat(new TreeSet<>(bn.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void every_enum_constant_shown_has_a_label_in_both_languages() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                assertThat(en).as(key).containsKey(key);
                assertThat(bn).as(key).containsKey(key);
            }
        }
    }

    @Test
    void every_error_code_has_words_in_both_languages() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(en).as(code.code()).containsKey("problem." + code.code());
            assertThat(bn).as(code.code()).containsKey("problem." + code.code());
        }
    }

    @Test
    void every_key_a_template_names_exists() throws IOException {
        Pattern used = Pattern.compile("#\\{([A-Za-z][A-Za-z.]+[A-Za-z])[(}]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/console"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = used.matcher(Files.readString(template));
                while (m.find()) {
                    if (!en.containsKey(m.group(1)) || !bn.containsKey(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bangla_texts_are_translated_not_copied() {
        List<String> copied = en.stringPropertyNames().stream().filter(k -> !SAME_IN_BOTH.contains(k))
                .filter(k -> en.getProperty(k).equals(bn.getProperty(k))).sorted().toList();
        assertThat(copied).isEmpty();
    }

    @Test
    void messages_with_arguments_format_in_both_languages() {
        Object[] args = {12L, 3L, 12L, 3L};
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).contains("{0}") || en.getProperty(key).contains("{1,") || en.getProperty(key).contains("{2,")) {
                assertThat(new MessageFormat(en.getProperty(key), Locale.ENGLISH).format(args)).as(key).doesNotContain("{");
                assertThat(new MessageFormat(bn.getProperty(key), Locale.forLanguageTag("bn")).format(args)).as(key)
                        .doesNotContain("{");
            }
        }
        assertThat(new MessageFormat(bn.getProperty("cases.count")).format(new Object[]{"১২", 12L})).isEqualTo("১২টি কেস");
        assertThat(new MessageFormat(en.getProperty("cases.count")).format(new Object[]{"1", 1L})).isEqualTo("1 case");
    }

    private static Properties load(String resource) {
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
