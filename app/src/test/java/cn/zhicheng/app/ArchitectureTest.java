package cn.zhicheng.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.cli.CliOutput;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of design.md: core knows nothing of annexes or app; annexes know only core's SPI and never each other;
 * app imports no annex class (it finds them by ServiceLoader); no package cycles; only the CLI's output writer
 * touches the standard streams. Runs over the main classes of every module on app's test class path.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.zhicheng");
    }

    /** Guards against rules that pass because nothing was imported. */
    @Test
    void enoughClassesWereImported() {
        long core = classes.stream().filter(c -> c.getPackageName().startsWith("cn.zhicheng.core")).count();
        long annexes = classes.stream().filter(c -> c.getPackageName().startsWith("cn.zhicheng.annex")).count();
        long app = classes.stream().filter(c -> c.getPackageName().startsWith("cn.zhicheng.app")).count();
        assertTrue(core >= 60, "core classes imported: " + core);
        assertTrue(annexes >= 6, "annex classes imported (one provider per module at least): " + annexes);
        assertTrue(app >= 15, "app classes imported: " + app);
    }

    @Test
    void coreDependsOnNoAnnexAndNotOnApp() {
        noClasses().that().resideInAPackage("cn.zhicheng.core..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.zhicheng.annex..", "cn.zhicheng.app..")
                .check(classes);
    }

    @Test
    void coreUsesNoContainerAndNoClock() {
        // Functional core: no DI container, and time comes in as an argument (the validator takes a Clock).
        noClasses().that().resideInAPackage("cn.zhicheng.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..")
                .check(classes);
    }

    @Test
    void annexesKnowOnlyTheSpi() {
        classes().that().resideInAPackage("cn.zhicheng.annex..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("cn.zhicheng.annex..", "cn.zhicheng.core.spi..",
                        "java..")
                .check(classes);
    }

    @Test
    void annexesNeverDependOnEachOther() {
        slices().matching("cn.zhicheng.annex.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void appImportsNoAnnexClass() {
        noClasses().that().resideInAPackage("cn.zhicheng.app..")
                .should().dependOnClassesThat().resideInAPackage("cn.zhicheng.annex..")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("cn.zhicheng.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheOutputWriterTouchesTheStandardStreams() {
        // Exception: CliOutput is the command line's output writer, the one place that may print.
        noClasses().that().doNotHaveFullyQualifiedName(CliOutput.class.getName())
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(classes);
    }

    @Test
    void noJavaUtilLoggingAndNoJavaxInjection() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.inject..", "javax.validation..")
                .check(classes);
    }
}
