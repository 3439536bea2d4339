package cn.zhicheng.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.spi.AnnexSpi;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The built-in annexes keep to the surface a drop-in plugin is held to at run time ({@link AnnexSpi#CLASSES}), so
 * any of them could be shipped as a plugin jar: of Zhicheng's classes they use only the SPI and their own.
 */
class AnnexSpiBoundaryTest {

    @Test
    void builtInAnnexesUseOnlyTheSpiSurface() {
        JavaClasses annexes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.zhicheng.annex");
        assertTrue(annexes.size() >= 6, "annex classes imported: " + annexes.size());
        DescribedPredicate<JavaClass> allowed = DescribedPredicate.describe("the annex SPI " + AnnexSpi.CLASSES
                + ", the annex's own classes or Java", c -> AnnexSpi.exports(c.getName())
                || c.getPackageName().startsWith("cn.zhicheng.annex") || !AnnexSpi.isEngine(c.getName()));
        classes().should().onlyDependOnClassesThat(allowed).check(annexes);
    }
}
