package org.placeworks;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module map of docs/architecture.md, enforced: dependencies flow one way and never in a cycle. */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.placeworks");
    }

    @Test
    void dependenciesFlowOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("shared").definedBy("org.placeworks.shared..")
                .layer("identity").definedBy("org.placeworks.identity..")
                .layer("geography").definedBy("org.placeworks.geography..")
                .layer("audit").definedBy("org.placeworks.audit..")
                .layer("organisation").definedBy("org.placeworks.organisation..")
                .layer("family").definedBy("org.placeworks.family..")
                .layer("estate").definedBy("org.placeworks.estate..")
                .layer("caf").definedBy("org.placeworks.caf..")
                .layer("panel").definedBy("org.placeworks.panel..")
                .layer("grant").definedBy("org.placeworks.grant..")
                .layer("intelligence").definedBy("org.placeworks.intelligence..")
                .layer("insight").definedBy("org.placeworks.insight..")
                .withOptionalLayers(true)
                .whereLayer("insight").mayNotBeAccessedByAnyLayer()
                .whereLayer("intelligence").mayOnlyBeAccessedByLayers("insight")
                .whereLayer("grant").mayOnlyBeAccessedByLayers("insight")
                .whereLayer("panel").mayOnlyBeAccessedByLayers("grant", "insight")
                .whereLayer("caf").mayOnlyBeAccessedByLayers("panel", "grant", "intelligence", "insight")
                .whereLayer("estate").mayOnlyBeAccessedByLayers("caf", "panel", "grant", "intelligence", "insight")
                .whereLayer("family").mayOnlyBeAccessedByLayers("caf", "panel", "grant", "intelligence", "insight")
                .whereLayer("organisation").mayOnlyBeAccessedByLayers("family", "estate", "caf", "panel", "grant", "intelligence", "insight")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("organisation", "family", "estate", "caf", "panel", "grant", "intelligence", "insight")
                .whereLayer("geography").mayOnlyBeAccessedByLayers("organisation", "audit", "family", "estate", "caf", "panel", "grant", "intelligence", "insight")
                .whereLayer("identity").mayOnlyBeAccessedByLayers("organisation", "audit", "family", "estate", "caf", "panel", "grant", "intelligence", "insight")
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.placeworks.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesInternals() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .should(new InternalAccessCondition()).check(classes);
    }
}
