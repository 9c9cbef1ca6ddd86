package org.placeworks;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map of docs/architecture.md ({@link ModuleMap}), enforced twice: on bytecode (ArchUnit: arrows,
 * cycles, internals, signatures) and on source text ({@link SourceBoundaryScan}: what javac inlines).
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.placeworks");
    }

    @Test
    void dependenciesFlowOneWay() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String feature : ModuleMap.features()) {
            layers = layers.layer(feature).definedBy("org.placeworks." + feature + "..");
        }
        for (String feature : ModuleMap.features()) {
            var users = ModuleMap.usersOf(feature);
            layers = users.isEmpty() ? layers.whereLayer(feature).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(feature).mayOnlyBeAccessedByLayers(users.toArray(String[]::new));
        }
        layers.check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.placeworks.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesInternals() {
        ArchRuleDefinition.classes().should(new InternalAccessCondition()).check(classes);
    }

    @Test
    void publicApisShowNoInternalTypes() {
        ArchRuleDefinition.classes().should(new InternalSignatureCondition()).check(classes);
    }

    @Test
    void theBytecodeRulesCatchAReachIntoInternalsAndAnInternalTypeInASignature() {
        JavaClasses wrong = new ClassFileImporter().importClasses(ReachesIn.class);
        assertThatThrownBy(() -> ArchRuleDefinition.classes().should(new InternalAccessCondition()).check(wrong))
                .hasMessageContaining("org.placeworks.organisation.internal.Agency");
        assertThatThrownBy(() -> ArchRuleDefinition.classes().should(new InternalSignatureCondition()).check(wrong))
                .hasMessageContaining("shows org.placeworks.grant.internal.Fund");
    }

    @Test
    void theSourceKeepsToTheModuleMapHoweverItIsWritten() {
        assertThat(SourceBoundaryScan.violationsIn(Path.of("src/main/java"))).isEmpty();
    }

    /** A deliberately wrong class: outside grant and organisation, it uses and shows their internal types. */
    public static class ReachesIn {
        public org.placeworks.grant.internal.Fund fundOf(org.placeworks.organisation.internal.Agency agency) {
            return null;
        }
    }
}
