package org.setu.infra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.setu.api.archviolation.ApiUsingTheWriteModel;
import org.setu.command.archviolation.CommandUsingMongo;
import org.setu.query.archviolation.ProjectionUsingTheApi;
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
            // The shared kernel's test jar (its test clock, the case story) is on this module's test class path.
            .withImportOption(location -> !location.contains("-tests.jar"))
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

    static final ArchRule QUERY_SIDE_IS_INDEPENDENT = noClasses().that().resideInAPackage("org.setu.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.setu.command..", "org.setu.api..", "org.setu.infra..",
                    "org.springframework.web..")
            .allowEmptyShould(false)
            .because("projections read events and answer queries; they know neither the write model nor the web");

    static final ArchRule API_TALKS_TO_GATEWAYS_ONLY = noClasses().that().resideInAPackage("org.setu.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.setu.command..", "org.setu.query..", "org.setu.infra..",
                    "com.mongodb..", "org.bson..", "org.axonframework.modelling..", "org.axonframework.eventsourcing..")
            .allowEmptyShould(false)
            .because("the web API reaches the system only through the command and query gateways");

    @Test
    void query_side_knows_neither_the_write_model_nor_the_web() {
        QUERY_SIDE_IS_INDEPENDENT.check(PRODUCTION);
        assertThat(QUERY_SIDE_IS_INDEPENDENT.evaluate(violator(ProjectionUsingTheApi.class)).hasViolation()).isTrue();
    }

    @Test
    void the_api_talks_to_gateways_only() {
        API_TALKS_TO_GATEWAYS_ONLY.check(PRODUCTION);
        assertThat(API_TALKS_TO_GATEWAYS_ONLY.evaluate(violator(ApiUsingTheWriteModel.class)).hasViolation()).isTrue();
    }

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
