package io.github.zhifa.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.zhifa.calendar.CalendarException;
import io.github.zhifa.core.ZhifaException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the architecture of DESIGN.md: the module edges (at package level with ArchUnit, and in the compiled
 * {@code module-info} descriptors), no {@code internal} type in a public signature, no exported {@code internal}
 * package, and no printing from library code.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.zhifa";

    /** Java package of each library module, and the zhifa modules it may depend on (DESIGN.md). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "calendar", Set.of(),
            "core", Set.of(),
            "disclosure", Set.of("core", "calendar"),
            "review", Set.of("core", "calendar"),
            "recording", Set.of("core"));

    private static final List<String> ALL_OURS =
            List.of("calendar", "core", "disclosure", "review", "recording", "cli", "examples", "benchmarks");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        assertThat(classes.stream().map(JavaClass::getPackageName))
                .as("the import must see the library modules, or the rules below check nothing")
                .anyMatch(p -> p.startsWith(ROOT + ".core"))
                .anyMatch(p -> p.startsWith(ROOT + ".calendar"))
                .anyMatch(p -> p.startsWith(ROOT + ".cli"));
    }

    static Stream<String> libraryModules() {
        return ALLOWED.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} depends only on its allowed zhifa modules")
    @MethodSource("libraryModules")
    void moduleEdges(String module) {
        String[] forbidden = ALL_OURS.stream()
                .filter(m -> !m.equals(module) && !ALLOWED.get(module).contains(m))
                .map(m -> ROOT + "." + m + "..")
                .toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage(ROOT + "." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void calendarDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".calendar..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", ROOT + ".calendar..")
                .check(classes);
    }

    @Test
    void libraryCodeDoesNotPrint() {
        noClasses()
                .that(inLibraryModule())
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void noInternalTypeInAPublicSignature() {
        classes()
                .that(inLibraryModule())
                .and()
                .arePublic()
                .and()
                .resideOutsideOfPackage("..internal..")
                .should(exposeNoInternalType())
                .check(classes);
    }

    /**
     * The compiled module descriptors: each library module requires exactly the zhifa modules it may, and exports
     * no {@code internal} package.
     */
    @Test
    void moduleDescriptorsKeepTheEdgesAndHideInternals() throws URISyntaxException {
        Map<String, Class<?>> anchors = Map.of(
                "calendar", CalendarException.class,
                "core", ZhifaException.class);
        List<ModuleDescriptor> descriptors = new ArrayList<>();
        for (Class<?> anchor : anchors.values()) {
            descriptors.add(descriptorOf(anchor));
        }
        // The other library modules are found beside core's output (target/classes or a jar) in the reactor.
        for (String dir : List.of("disclosure", "review-rules", "recording")) {
            Path location = Path.of(ZhifaException.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
            Path sibling =
                    location.getParent().getParent().getParent().resolve(dir).resolve("target/classes");
            ModuleFinder.of(sibling).findAll().stream()
                    .map(ModuleReference::descriptor)
                    .forEach(descriptors::add);
        }
        assertThat(descriptors).extracting(ModuleDescriptor::name).contains(ROOT + ".core", ROOT + ".calendar");
        for (ModuleDescriptor d : descriptors) {
            String module = d.name().substring(ROOT.length() + 1);
            Set<String> requiredOurs = d.requires().stream()
                    .map(ModuleDescriptor.Requires::name)
                    .filter(n -> n.startsWith(ROOT + "."))
                    .map(n -> n.substring(ROOT.length() + 1))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(requiredOurs)
                    .as("zhifa modules required by %s", d.name())
                    .isEqualTo(new TreeSet<>(ALLOWED.get(module)));
            assertThat(d.exports()).as("packages exported by %s", d.name()).noneMatch(e -> e.source()
                    .contains(".internal"));
            if (module.equals("calendar")) {
                assertThat(d.requires()).as("calendar requires the JDK only").allMatch(r -> r.name()
                        .startsWith("java."));
            }
        }
    }

    private static ModuleDescriptor descriptorOf(Class<?> anchor) throws URISyntaxException {
        Path location = Path.of(
                anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ModuleFinder.of(location).findAll().stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no module descriptor at " + location))
                .descriptor();
    }

    private static DescribedPredicate<JavaClass> inLibraryModule() {
        return DescribedPredicate.describe("are in a library module", c -> ALLOWED.keySet().stream()
                .anyMatch(m -> c.getPackageName().startsWith(ROOT + "." + m)));
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no internal type in a public signature") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaClass> leaked = new ArrayList<>();
                c.getRawSuperclass().ifPresent(leaked::add);
                leaked.addAll(c.getRawInterfaces());
                for (JavaMember m : c.getMembers()) {
                    Set<JavaModifier> mods = m.getModifiers();
                    if (!mods.contains(JavaModifier.PUBLIC) && !mods.contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    if (m instanceof JavaMethod method) {
                        leaked.add(method.getRawReturnType());
                    }
                    if (m instanceof com.tngtech.archunit.core.domain.JavaCodeUnit unit) {
                        leaked.addAll(unit.getRawParameterTypes());
                    }
                    if (m instanceof com.tngtech.archunit.core.domain.JavaField field) {
                        leaked.add(field.getRawType());
                    }
                }
                for (JavaClass t : leaked) {
                    if (t.getPackageName().startsWith(ROOT)
                            && t.getPackageName().contains(".internal")) {
                        events.add(SimpleConditionEvent.violated(
                                c, c.getName() + " exposes internal type " + t.getName()));
                    }
                }
            }
        };
    }
}
