package org.smesupport.casework.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The module arrows of src/docs/architecture.md: command-side → core-api, projections → core-api,
 * query-side → projections + core-api, web → core-api, app → all; and each module's classes under its own package root
 * ({@code …casework.api}, {@code .command}, {@code .projection}, {@code .query}, {@code .app}), so that no
 * package is split across modules. A class's module is told by where it was loaded from.
 */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smesupport.casework");

    @Test
    void everyModuleKeepsToItsOwnPackages() {
        Map<String, String> roots = Map.of("core-api", "api", "command-side", "command", "projections", "projection",
                "query-side", "query", "web", "web", "app", "app");
        roots.forEach((module, root) -> classes().that(in(module))
                .should().resideInAPackage("org.smesupport.casework." + root + "..")
                .check(CLASSES));
    }

    @Test
    void coreApiIsOnlyTheContract() {
        noClasses().that(in("core-api"))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..")
                .orShould().dependOnClassesThat(in("command-side", "projections", "query-side", "app"))
                .check(CLASSES);
    }

    @Test
    void commandSideNeverSeesReadModels() {
        noClasses().that(in("command-side"))
                .should().dependOnClassesThat(in("projections", "query-side", "app"))
                .orShould().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
                .check(CLASSES);
    }

    @Test
    void projectionsDependOnlyOnTheContract() {
        noClasses().that(in("projections"))
                .should().dependOnClassesThat(in("command-side", "query-side", "app"))
                .check(CLASSES);
    }

    @Test
    void querySideNeverReachesIntoTheCommandSide() {
        noClasses().that(in("query-side"))
                .should().dependOnClassesThat(in("command-side", "app"))
                .check(CLASSES);
    }

    /** The pages send commands and queries through Axon's gateways only: no aggregate, no read model. */
    @Test
    void theWebApplicationKnowsOnlyTheContract() {
        noClasses().that(in("web"))
                .should().dependOnClassesThat(in("command-side", "projections", "query-side", "app"))
                .orShould().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheApp() {
        noClasses().that(in("core-api", "command-side", "projections", "query-side", "web"))
                .should().dependOnClassesThat(in("app"))
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> in(String... modules) {
        return DescribedPredicate.describe("in module " + String.join(" or ", modules),
                javaClass -> javaClass.getSource()
                        .map(source -> source.getUri().toString())
                        .map(uri -> Arrays.stream(modules).anyMatch(module -> fromModule(uri, module)))
                        .orElse(false));
    }

    /** Matches both a module's classes folder (…/command-side/target/classes/…) and its jar (command-side-0.1.0.jar). */
    private static boolean fromModule(String uri, String module) {
        return uri.contains("/" + module + "/target/") || uri.contains("/" + module + "-");
    }
}
