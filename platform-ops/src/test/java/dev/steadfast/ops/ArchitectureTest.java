package dev.steadfast.ops;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

import org.junit.jupiter.api.Test;

/**
 * The shape of the steadfast command, as package-info of {@code dev.steadfast.ops} describes it: no package cycles,
 * each layer used only by the layers above it, the command line seeing only the domain lifecycle, and small classes.
 */
class ArchitectureTest {

    private static final JavaClasses OPS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.steadfast.ops");
    private static final int MAX_LINES = 250;

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.steadfast.ops.(*)..").should().beFreeOfCycles().check(OPS);
    }

    @Test
    void eachLayerIsUsedOnlyByTheLayersAboveIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("command line").definedBy("dev.steadfast.ops.cli..")
                .layer("domain lifecycle").definedBy("dev.steadfast.ops.domain..")
                .layer("supervision").definedBy("dev.steadfast.ops.supervision..")
                .layer("containers").definedBy("dev.steadfast.ops.container..")
                .layer("health").definedBy("dev.steadfast.ops.health..")
                .layer("provisioning").definedBy("dev.steadfast.ops.provision..")
                .layer("management").definedBy("dev.steadfast.ops.management..")
                .layer("system").definedBy("dev.steadfast.ops.system..")
                .layer("topology").definedBy("dev.steadfast.ops.topology..")
                .layer("probe").definedBy("dev.steadfast.ops.probe..")
                .layer("drill").definedBy("dev.steadfast.ops.drill..")
                .layer("metrics").definedBy("dev.steadfast.ops.metrics..")
                .whereLayer("command line").mayNotBeAccessedByAnyLayer()
                .whereLayer("domain lifecycle").mayOnlyBeAccessedByLayers("command line")
                .whereLayer("supervision").mayOnlyBeAccessedByLayers("domain lifecycle")
                .whereLayer("containers").mayOnlyBeAccessedByLayers("domain lifecycle")
                .whereLayer("health").mayOnlyBeAccessedByLayers("domain lifecycle", "supervision")
                .whereLayer("provisioning").mayOnlyBeAccessedByLayers("domain lifecycle", "containers")
                .whereLayer("management").mayOnlyBeAccessedByLayers("domain lifecycle", "provisioning", "supervision")
                .whereLayer("system").mayOnlyBeAccessedByLayers("domain lifecycle", "containers", "provisioning", "management", "supervision")
                .whereLayer("topology").mayOnlyBeAccessedByLayers("command line", "domain lifecycle", "provisioning")
                .whereLayer("probe").mayNotBeAccessedByAnyLayer()
                .whereLayer("drill").mayOnlyBeAccessedByLayers("domain lifecycle")
                .whereLayer("metrics").mayOnlyBeAccessedByLayers("probe", "supervision", "domain lifecycle")
                .check(OPS);
    }

    @Test
    void theSharedPackageDependsOnNoLayer() {
        ArchRuleDefinition.noClasses().that().resideInAPackage("dev.steadfast.ops")
                .should().dependOnClassesThat().resideInAPackage("dev.steadfast.ops.(*)..")
                .check(OPS);
    }

    /** The drill's load and report are a library of their own: the JDK and DMR's JSON, no layer of the command. */
    @Test
    void theDrillDependsOnTheJdkAndDmrOnly() {
        ArchRuleDefinition.classes().that().resideInAPackage("dev.steadfast.ops.drill..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.jboss.dmr..",
                        "dev.steadfast.ops", "dev.steadfast.ops.drill..")
                .check(OPS);
    }

    @Test
    void noClassHasMoreThan250Lines() {
        ArchRuleDefinition.classes().that().areTopLevelClasses().should(haveAtMostLines(MAX_LINES)).check(OPS);
    }

    /** Lines of the source file a top-level class is compiled from (src/main/java of this module). */
    private static ArchCondition<JavaClass> haveAtMostLines(int max) {
        return new ArchCondition<>("have at most " + max + " lines of source") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Path source = Path.of("src/main/java", c.getPackageName().replace('.', '/'),
                        c.getSourceCodeLocation().getSourceFileName());
                try {
                    long lines = Files.readAllLines(source).size();
                    events.add(new SimpleConditionEvent(c, lines <= max, source + " has " + lines + " lines"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
