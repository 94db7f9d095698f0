package kz.qorgau;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Every test class belongs to one tier ({@link Tiers}), so that each tier runs on its own and its time means
 * something: a class without a tier tag is a unit test and uses nothing that starts a Spring context, a database or a
 * browser. A test class that does is either tagged or fails here.
 */
class TierTests {

    /** What only the tagged tiers may use: Spring contexts, the test database, embedded PostgreSQL, Chromium. */
    static final List<String> FORBIDDEN_IN_UNIT_TESTS = List.of("org.springframework.boot.test.context.SpringBootTest",
            "org.springframework.modulith.test.ApplicationModuleTest",
            "org.springframework.test.context.junit.jupiter.SpringExtension",
            "org.springframework.test.context.junit.jupiter.SpringJUnitConfig",
            "org.springframework.boot.SpringApplication", "org.springframework.boot.builder.SpringApplicationBuilder",
            "kz.qorgau.TestDatabase", "kz.qorgau.QorgauTest", "kz.qorgau.ModuleDatabase", "kz.qorgau.browser.Browser",
            "io.zonky.", "com.microsoft.playwright.");

    static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory", "net.jqwik.api.Property", "net.jqwik.api.Example");

    static final JavaClasses TESTS = new ClassFileImporter().withImportOption(
            ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("kz.qorgau");

    @Test
    void everyUntaggedTestClassIsAUnitTest() {
        List<String> problems = new ArrayList<>();
        for (JavaClass test : testClasses()) {
            if (!tags(test).isEmpty()) {
                continue;
            }
            Set<String> uses = new TreeSet<>();
            for (JavaClass part : withNestedAndSuperclasses(test)) {
                for (Dependency dependency : part.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getName();
                    FORBIDDEN_IN_UNIT_TESTS.stream().filter(target::startsWith).forEach(uses::add);
                }
            }
            if (!uses.isEmpty()) {
                problems.add(test.getName() + " has no tier tag but uses " + uses);
            }
        }
        assertThat(problems).as("test classes to tag with a tier of kz.qorgau.Tiers").isEmpty();
    }

    @Test
    void everyTagOfATestClassIsATier() {
        Set<String> tiers = Set.of(Tiers.MODULE, Tiers.FULL, Tiers.BROWSER, Tiers.ARCHITECTURE);
        List<String> problems = new ArrayList<>();
        for (JavaClass test : testClasses()) {
            tags(test).stream().filter(tag -> !tiers.contains(tag)).forEach(tag -> problems.add(test.getName() + ": "
                    + tag));
        }
        assertThat(problems).isEmpty();
        assertThat(testClasses()).extracting(JavaClass::getSimpleName).contains("TierTests", "ModularityTests",
                "CasesModuleTests", "CaseJourneyTests");
    }

    @Test
    void theTiersAreTaggedWhereTheyAreDeclared() {
        assertThat(tags(TESTS.get("kz.qorgau.cases.CasesModuleTests"))).containsExactly(Tiers.MODULE);
        assertThat(tags(TESTS.get("kz.qorgau.browser.CaseJourneyTests"))).containsExactlyInAnyOrder(Tiers.FULL,
                Tiers.BROWSER);
        assertThat(tags(TESTS.get("kz.qorgau.browser.VictimJourneyTests"))).containsExactlyInAnyOrder(Tiers.FULL,
                Tiers.BROWSER);
        assertThat(tags(TESTS.get("kz.qorgau.TierTests"))).isEmpty();
    }

    /** The classes JUnit runs: not abstract, not nested, with at least one test method. */
    static List<JavaClass> testClasses() {
        return TESTS.stream().filter(javaClass -> javaClass.isTopLevelClass() && !javaClass.getModifiers()
                .contains(JavaModifier.ABSTRACT)).filter(TierTests::hasTests)
                .toList();
    }

    static boolean hasTests(JavaClass javaClass) {
        return withNestedAndSuperclasses(javaClass).stream().flatMap(part -> part.getMethods().stream())
                .anyMatch(method -> method.getAnnotations().stream()
                        .anyMatch(annotation -> TEST_ANNOTATIONS.contains(annotation.getRawType().getName())));
    }

    /** The class, its nested classes and its superclasses among the tests, where a tier's machinery may hide. */
    static List<JavaClass> withNestedAndSuperclasses(JavaClass javaClass) {
        List<JavaClass> parts = new ArrayList<>();
        for (JavaClass current = javaClass; current != null && TESTS.contain(current.getName()); current = current
                .getRawSuperclass().orElse(null)) {
            parts.add(current);
            String nested = current.getName() + "$";
            TESTS.stream().filter(other -> other.getName().startsWith(nested)).forEach(parts::add);
        }
        return parts;
    }

    /** The JUnit tags of the class as JUnit sees them: on it, its superclasses and its meta-annotations. */
    static Set<String> tags(JavaClass javaClass) {
        Set<String> tags = new TreeSet<>();
        AnnotationSupport.findRepeatableAnnotations(javaClass.reflect(), Tag.class).forEach(tag -> tags.add(tag
                .value()));
        return tags;
    }
}
