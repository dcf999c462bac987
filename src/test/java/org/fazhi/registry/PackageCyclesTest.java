package org.fazhi.registry;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other in one direction only: a concern that two packages would need from each
 * other (the change feed and the reports it records, say) is an event or a shared type, not a cycle.
 */
class PackageCyclesTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fazhi.registry");

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        slices().matching("org.fazhi.registry.(**)").should().beFreeOfCycles().check(REGISTRY);
    }
}
