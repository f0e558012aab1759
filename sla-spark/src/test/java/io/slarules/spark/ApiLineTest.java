package io.slarules.spark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module is a user of the library: it stays on the API side of the line sla-rules' ApiBoundaryTest draws. */
class ApiLineTest {

    private static final JavaClasses SPARK_MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.slarules.spark");

    @Test
    void theModuleUsesNoInternalPackageOfTheLibrary() {
        noClasses().that().resideInAPackage("io.slarules.spark..")
                .should().dependOnClassesThat().resideInAPackage("io.slarules..internal..")
                .check(SPARK_MODULE);
    }

    @Test
    void theModuleUsesNoDroolsTypeDirectly() {
        noClasses().that().resideInAPackage("io.slarules.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
                .check(SPARK_MODULE);
    }
}
