package org.fazhi.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * Arrows point toward the domain: the GraphQL plumbing in {@code graphql/} serves the API, and what the domain is made
 * of never needs it. Outcomes, user errors and warnings live in {@code outcome/}, global ids in {@code globalid/},
 * query building in {@code persistence/}.
 */
class DomainLayerTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fazhi.registry");

    private static final String GRAPHQL = "org.fazhi.registry.graphql..";

    /** The packages without an API of their own. */
    private static final String[] DOMAIN = {"org.fazhi.registry.outcome..", "org.fazhi.registry.globalid..",
        "org.fazhi.registry.persistence..", "org.fazhi.registry.extraction..", "org.fazhi.registry.document..",
        "org.fazhi.registry.idempotency..", "org.fazhi.registry.auth..", "org.fazhi.registry.cache.."
    };

    @Test
    void shouldKeepTheDomainPackagesFreeOfGraphQLPlumbingEvenIndirectly() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().transitivelyDependOnClassesThat().resideInAPackage(GRAPHQL)
                .check(REGISTRY);
    }

    /**
     * Directly only: a commitment's status change is announced with the commitment's view, which the subscription
     * sends, so the review service reaches the API's Node interface through that event.
     */
    @Test
    void shouldKeepWriteServicesAndEntitiesFreeOfGraphQLPlumbing() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().resideInAPackage(GRAPHQL)
                .check(REGISTRY);
    }
}
