package org.setu.infra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.setu.command.archviolation.CommandUsingMongo;
import org.setu.kernel.archviolation.KernelUsingSpring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module graph of docs/architecture.md, checked on the production classes; each rule is also run against a
 * class that breaks it, to show it is not passing vacuously.
 */
class ModuleRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.setu");

    static final ArchRule KERNEL_IS_THE_CONTRACT_ONLY = classes().that().resideInAPackage("org.setu.kernel..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.setu.kernel..",
                    "org.axonframework.serialization..")
            .allowEmptyShould(false)
            .because("shared-kernel is the message contract: JDK and Axon annotation types only");

    static final ArchRule COMMAND_SIDE_SPEAKS_NO_STORAGE_OR_WEB = noClasses().that().resideInAPackage("org.setu.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.setu.query..", "org.setu.api..", "org.setu.infra..",
                    "org.springframework..", "com.mongodb..", "org.bson..", "reactor..")
            .allowEmptyShould(false)
            .because("the write model is deterministic domain code; storage and web live elsewhere");

    static final ArchRule NOTHING_DEPENDS_ON_INFRA = noClasses().that().resideOutsideOfPackage("org.setu.infra..")
            .should().dependOnClassesThat().resideInAPackage("org.setu.infra..")
            .allowEmptyShould(false)
            .because("infra wires everything together and nothing depends on it");

    @Test
    void shared_kernel_holds_only_the_contract() {
        KERNEL_IS_THE_CONTRACT_ONLY.check(PRODUCTION);
        assertThat(KERNEL_IS_THE_CONTRACT_ONLY.evaluate(violator(KernelUsingSpring.class)).hasViolation()).isTrue();
    }

    @Test
    void command_side_depends_on_the_kernel_and_axon_only() {
        COMMAND_SIDE_SPEAKS_NO_STORAGE_OR_WEB.check(PRODUCTION);
        assertThat(COMMAND_SIDE_SPEAKS_NO_STORAGE_OR_WEB.evaluate(violator(CommandUsingMongo.class)).hasViolation()).isTrue();
    }

    @Test
    void nothing_depends_on_infra() {
        NOTHING_DEPENDS_ON_INFRA.check(PRODUCTION);
        assertThat(NOTHING_DEPENDS_ON_INFRA.evaluate(violator(CommandUsingMongo.class)).hasViolation()).isTrue();
    }

    private static JavaClasses violator(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }
}
