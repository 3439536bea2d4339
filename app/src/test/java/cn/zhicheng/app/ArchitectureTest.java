package cn.zhicheng.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchConditions.haveAnyDependenciesThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.cli.CliOutput;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.spi.AnnexSource;
import cn.zhicheng.core.violators.Violators;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.net.URL;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layers of design.md: core knows nothing of annexes or app; annexes know only core's SPI and never each other;
 * app imports no annex class (it finds them by ServiceLoader); no package cycles; only the CLI's output writer
 * touches the standard streams; core reads no clock, makes no randomness and does no file or network I/O outside
 * its input package (design.md: a functional core). Runs over the main classes of every module on app's test class
 * path; each rule that could pass vacuously is also run against a class that breaks it ({@link Violators}).
 */
class ArchitectureTest {

    private static final String CORE = "cn.zhicheng.core..";
    private static final String INPUT = "cn.zhicheng.core.input..";

    /** A dependency a rule allows, and why; every exception to a rule is listed with its reason. */
    private record Allowed(Class<?> origin, Class<?> target, String reason) {

        static DescribedPredicate<Dependency> anyOf(List<Allowed> allowed) {
            return DescribedPredicate.describe("allowed " + allowed, d -> allowed.stream().anyMatch(a ->
                    d.getOriginClass().isEquivalentTo(a.origin()) && d.getTargetClass().isEquivalentTo(a.target())));
        }
    }

    private static final List<Allowed> CLOCK_EXCEPTIONS = List.of(new Allowed(BilingualValidator.class, Clock.class,
            "Jakarta Validation checks @PastOrPresent against a ClockProvider; app hands the clock in, and core never"
                    + " reads the system's (the call rule below still applies to it)"));

    private static final List<Allowed> IO_EXCEPTIONS = List.of(new Allowed(AnnexSource.class, URL.class,
            "AnnexSource.of names the jar a provider came from by its code source's URL path; it opens nothing"));

    static final ArchRule CORE_READS_NO_CLOCK = noClasses().that().resideInAPackage(CORE)
            .should().callMethodWhere(readsTheTime())
            .orShould(haveAnyDependenciesThat(onATimeSource().and(not(Allowed.anyOf(CLOCK_EXCEPTIONS)))))
            .as("core reads no clock: no now(), no Clock or InstantSource of its own, no System time");

    static final ArchRule CORE_MAKES_NO_RANDOMNESS = noClasses().that().resideInAPackage(CORE)
            .should().callMethodWhere(makesRandomness())
            .orShould(haveAnyDependenciesThat(onARandomSource()))
            .as("core makes no randomness: a RandomGenerator may only come in as an argument");

    static final ArchRule CORE_DOES_NO_IO_OUTSIDE_INPUT = noClasses().that().resideInAPackage(CORE)
            .and().resideOutsideOfPackage(INPUT)
            .should().callMethodWhere(readsAResource())
            .orShould(haveAnyDependenciesThat(onFilesOrNetwork().and(not(Allowed.anyOf(IO_EXCEPTIONS)))))
            .as("core does no file or network I/O and reads no resource outside its input package");

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
    void coreUsesNoDependencyInjectionContainer() {
        // Functional core: app assembles it; core classes take what they need in their constructors.
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
    void noJavaUtilLoggingAndNoJavaxInjectOrValidation() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.inject..", "javax.validation..")
                .check(classes);
    }

    @Test
    void coreReadsNoClock() {
        CORE_READS_NO_CLOCK.check(classes);
    }

    @Test
    void coreMakesNoRandomness() {
        CORE_MAKES_NO_RANDOMNESS.check(classes);
    }

    @Test
    void coreDoesNoFileOrNetworkIoOutsideTheInputPackage() {
        CORE_DOES_NO_IO_OUTSIDE_INPUT.check(classes);
    }

    @ParameterizedTest
    @ValueSource(classes = {Violators.ReadsToday.class, Violators.HoldsAClock.class,
        Violators.CountsNanoseconds.class, Violators.ValidatorReadsTheSystemClock.class})
    void theClockRuleReportsAClassThatReadsTheTime(Class<?> violator) {
        assertViolates(CORE_READS_NO_CLOCK, violator);
    }

    @Test
    void theClockRuleLetsAValidatorReadTheClockItIsHanded() {
        EvaluationResult result = CORE_READS_NO_CLOCK.evaluate(
                new ClassFileImporter().importClasses(Violators.ValidatorReadsTheGivenClock.class));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    @ParameterizedTest
    @ValueSource(classes = {Violators.RollsDice.class, Violators.UsesMathRandom.class,
        Violators.UsesSecureRandom.class, Violators.TakesTheDefaultGenerator.class, Violators.MakesRandomIds.class})
    void theRandomnessRuleReportsAClassThatMakesItsOwn(Class<?> violator) {
        assertViolates(CORE_MAKES_NO_RANDOMNESS, violator);
    }

    @Test
    void theRandomnessRuleLetsAGeneratorComeInAsAnArgument() {
        EvaluationResult result = CORE_MAKES_NO_RANDOMNESS.evaluate(
                new ClassFileImporter().importClasses(Violators.DrawsWithAGivenGenerator.class));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    @ParameterizedTest
    @ValueSource(classes = {Violators.ReadsAFile.class, Violators.OpensAFileStream.class,
        Violators.ReadsAResource.class, Violators.FetchesAUrl.class})
    void theIoRuleReportsAClassThatReadsOutsideTheInputPackage(Class<?> violator) {
        assertViolates(CORE_DOES_NO_IO_OUTSIDE_INPUT, violator);
    }

    private static void assertViolates(ArchRule rule, Class<?> violator) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(violator));
        assertTrue(result.hasViolation(), rule.getDescription() + " missed " + violator.getName());
        assertTrue(result.getFailureReport().toString().contains(violator.getName()),
                result.getFailureReport().toString());
    }

    /** now() of any java.time class, System time, and a Clock taken from the system. */
    private static DescribedPredicate<JavaMethodCall> readsTheTime() {
        return DescribedPredicate.describe("read the time", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.startsWith("java.time.") && (name.equals("now") || name.startsWith("system"))
                    && !readsTheValidationClock(call)
                    || owner.equals("java.lang.System") && Set.of("currentTimeMillis", "nanoTime").contains(name);
        });
    }

    /**
     * The one named exception to the call rule: a Jakarta {@code ConstraintValidator} may ask for "today" of the
     * clock that Jakarta Validation hands it ({@code context.getClockProvider().getClock()}), which
     * {@code BilingualValidator} sets from the caller's clock — {@code now(Clock)} reads that argument, never the
     * system's. {@code now()} and {@code now(ZoneId)} stay forbidden there too.
     */
    private static boolean readsTheValidationClock(JavaMethodCall call) {
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        return parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class)
                && call.getOriginOwner().isAssignableTo("jakarta.validation.ConstraintValidator");
    }

    private static DescribedPredicate<Dependency> onATimeSource() {
        return DescribedPredicate.describe("a clock", d -> d.getTargetClass().isAssignableTo("java.time.InstantSource"));
    }

    /** The platform's own sources of randomness; a generator handed in is fine. */
    private static DescribedPredicate<JavaMethodCall> makesRandomness() {
        return DescribedPredicate.describe("make randomness", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return (owner.equals("java.lang.Math") || owner.equals("java.lang.StrictMath")) && name.equals("random")
                    || owner.equals("java.util.UUID") && name.equals("randomUUID")
                    || owner.equals("java.util.random.RandomGenerator") && Set.of("of", "getDefault").contains(name)
                    || owner.equals("java.util.Collections") && name.equals("shuffle")
                            && call.getTarget().getRawParameterTypes().size() == 1;
        });
    }

    private static DescribedPredicate<Dependency> onARandomSource() {
        return DescribedPredicate.describe("a source of randomness", d -> {
            JavaClass target = d.getTargetClass();
            String name = target.getName();
            return target.isAssignableTo(java.util.Random.class) || name.equals("java.util.SplittableRandom")
                    || name.startsWith("java.util.random.") && !name.equals("java.util.random.RandomGenerator")
                            && !name.startsWith("java.util.random.RandomGenerator$");
        });
    }

    private static DescribedPredicate<JavaMethodCall> readsAResource() {
        return DescribedPredicate.describe("read a resource", call -> {
            String owner = call.getTargetOwner().getName();
            return Set.of("java.lang.ClassLoader", "java.lang.Class", "java.lang.Module").contains(owner)
                    && (call.getName().startsWith("getResource") || call.getName().startsWith("getSystemResource"));
        });
    }

    private static DescribedPredicate<Dependency> onFilesOrNetwork() {
        return DescribedPredicate.describe("files or the network", d -> {
            String name = d.getTargetClass().getName();
            String pkg = d.getTargetClass().getPackageName();
            return name.startsWith("java.io.File") || name.equals("java.io.RandomAccessFile")
                    || pkg.equals("java.nio.file") || pkg.startsWith("java.nio.file.")
                    || pkg.equals("java.nio.channels") || pkg.equals("java.net") || pkg.startsWith("java.net.");
        });
    }
}
