package org.setu.infra.settings;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings reach code through the typed tree only: no production class reads a property by name with {@code @Value}. */
class NoSettingByNameTest {

    static final ArchRule NO_VALUE_INJECTION = classes().that().resideInAPackage("org.setu..")
            .should(new ArchCondition<JavaClass>("read no property by name with @Value") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    type.getFields().stream().filter(f -> f.isAnnotatedWith(Value.class)).forEach(f ->
                            events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is annotated @Value")));
                    for (JavaCodeUnit unit : type.getCodeUnits()) {
                        for (JavaParameter parameter : unit.getParameters()) {
                            if (parameter.isAnnotatedWith(Value.class)) {
                                events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                                        + " takes a parameter annotated @Value"));
                            }
                        }
                    }
                }
            })
            .allowEmptyShould(false)
            .because("every setting is one leaf of org.setu.infra.SetuSettings (docs/configuration.md)");

    @Test
    void no_production_class_reads_a_setting_by_name() {
        NO_VALUE_INJECTION.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.setu"));
    }

    @Test
    void the_rule_sees_a_value_injected_parameter() {
        JavaClasses violator = new ClassFileImporter().importClasses(ReadsAPropertyByName.class);
        assertThat(NO_VALUE_INJECTION.evaluate(violator).hasViolation()).isTrue();
    }

    static class ReadsAPropertyByName {
        ReadsAPropertyByName(@Value("${setu.webhooks.poll}") String poll) {
        }
    }
}
