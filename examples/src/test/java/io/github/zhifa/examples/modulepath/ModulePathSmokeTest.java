package io.github.zhifa.examples.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * zhifa's library jars used from a named module on the module path, as a modular host would: the module
 * {@code zhifa.modulepath.smoke} ({@code src/modulepath-smoke/java}, requiring every zhifa library module) is
 * compiled here with {@code javac --module-path} and run in a child JVM of the same JDK with {@code java
 * --module-path ... -m}. The module path is the library jars and their runtime dependencies as Maven resolved them
 * ({@code target/classpath.txt}, written by maven-dependency-plugin), or that path with Hibernate Validator 9 or
 * HV 8's own jboss-logging swapped in ({@code target/modulepath-alternatives}). The same program also runs on the
 * class path. Expected values are official data and standard test vectors, not output copied from the library.
 */
class ModulePathSmokeTest {
    private static final String MAIN = "zhifa.modulepath.smoke/io.github.zhifa.modulepath.smoke.Smoke";
    private static final String HV_LOGGING_READS = "org.jboss.logging=org.hibernate.validator";

    private static Path work;
    private static Path classes;
    private static List<String> runtime;

    @BeforeAll
    static void compileTheSmokeModule() throws IOException {
        work = Path.of(property("zhifa.modulepath.work"));
        deleteRecursively(work);
        classes = Files.createDirectories(work.resolve("classes"));
        runtime = List.of(Files.readString(Path.of(property("zhifa.modulepath.runtimeClasspath")))
                .strip()
                .split(File.pathSeparator));
        assertThat(runtime).anyMatch(e -> e.contains("zhifa-core") || e.contains("core" + File.separator + "target"));

        List<Path> sources;
        try (Stream<Path> s = Files.walk(Path.of(property("zhifa.modulepath.sources")))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-Xlint:all",
                    "-Werror",
                    "--module-path",
                    String.join(File.pathSeparator, runtime),
                    "-d",
                    classes.toString());
            boolean ok = javac.getTask(
                            diagnostics, files, null, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            assertThat(ok).as("javac --module-path: %s", diagnostics).isTrue();
        }
        assertThat(classes.resolve("module-info.class")).exists();
    }

    @Test
    void everyLibraryModuleWorksOnTheModulePathWithHibernateValidator8() throws Exception {
        Run run =
                java("hv8", List.of("--add-reads", HV_LOGGING_READS, "--module-path", modulePath(runtime), "-m", MAIN));
        assertSmokeOutput(run, "zhifa.modulepath.smoke", "io.github.zhifa.core");
    }

    @Test
    void hibernateValidator9NeedsNoFlagOnTheModulePath() throws Exception {
        List<String> path = new ArrayList<>(without(runtime, "hibernate-validator-", "jakarta.validation-api-"));
        path.add(alternative("hibernate-validator-9."));
        path.add(alternative("jakarta.validation-api-3.1."));
        Run run = java("hv9", List.of("--module-path", modulePath(path), "-m", MAIN));
        assertSmokeOutput(run, "zhifa.modulepath.smoke", "io.github.zhifa.core");
        assertThat(run.err()).contains("Hibernate Validator 9.");
    }

    /**
     * Hibernate Validator 8 is an automatic module and has jboss-logging look up its loggers with
     * {@code privateLookupIn}; jboss-logging 3.6 is an explicit module, which reads Hibernate Validator only when
     * told to. Without the flag the validator cannot start. When this test fails, the flag has become unnecessary:
     * update core/README.md.
     */
    @Test
    void hibernateValidator8WithJbossLogging36NeedsTheReadsFlag() throws Exception {
        assertThat(runtime).anyMatch(e -> e.contains("jboss-logging-3.6."));
        Run run = java("hv8-no-reads", List.of("--module-path", modulePath(runtime), "-m", MAIN));
        assertThat(run.exit()).as(run.toString()).isNotZero();
        assertThat(run.out()).contains("calendar.deadline=2024-10-12").doesNotContain("core.violation=");
        assertThat(run.err()).contains("org.jboss.logging").contains("private access");
    }

    /** With the jboss-logging Hibernate Validator 8 was built with (3.4, an automatic module) no flag is needed. */
    @Test
    void hibernateValidator8WithItsOwnJbossLoggingNeedsNoFlag() throws Exception {
        List<String> path = new ArrayList<>(without(runtime, "jboss-logging-"));
        path.add(alternative("jboss-logging-3.4."));
        Run run = java("hv8-jboss-logging-34", List.of("--module-path", modulePath(path), "-m", MAIN));
        assertSmokeOutput(run, "zhifa.modulepath.smoke", "io.github.zhifa.core");
    }

    @Test
    void theSameProgramGivesTheSameAnswersOnTheClassPath() throws Exception {
        List<String> cp = new ArrayList<>();
        cp.add(classes.toString());
        cp.addAll(runtime);
        Run run = java(
                "classpath",
                List.of("-cp", String.join(File.pathSeparator, cp), "io.github.zhifa.modulepath.smoke.Smoke"));
        assertSmokeOutput(run, "null", "null");
    }

    private static void assertSmokeOutput(Run run, String module, String coreModule) {
        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as(run.toString()).contains("module=" + module + " core=" + coreModule);
        assertThat(lines)
                .as(run.toString())
                // 2024 schedule (国办发明电〔2023〕7号): 1-7 Oct off, Sun 29 Sep and Sat 12 Oct worked
                .contains("calendar.deadline=2024-10-12")
                // Jackson binds core's records (java.time included); Hibernate Validator finds the bundles:
                // GB 11643 check character of 11010519491231002 is X
                .contains("core.decisionDate=2024-04-15")
                .contains("core.violation=ZHIFA-ID-006 party.idNumber | 校验码（第18位）为“1”，应为“X” | "
                        + "check character (position 18) is '1', expected 'X'")
                // a host's record with zhifa's constraints (GB 32100 example 91350100M000100Y43: check 3, not 4)
                .contains("core.host=ZHIFA-ID-006 creditCode | 校验码（第18位）为“4”，应为“3” | "
                        + "check character (position 18) is '4', expected '3'")
                .noneMatch(l -> l.startsWith("core.host=") && l.contains("idNumber"))
                // GB 32100 check character of 91110105MA00FJ2K7 is R: the record with A is wrong
                .contains("disclosure.valid=1/2")
                .contains("disclosure.violation=ZHIFA-DIS-020 [1].CF_XDR_SHXYM")
                // revoked Mon 30 Sep 2024: 3 working days after the 国庆节 block
                .contains("disclosure.withdraw=2024-10-10")
                .contains("redact.text=身份证号码：××××，联系电话：××××。")
                .contains("redact.fields=/CF_XDR_MC,/CF_XDR_ZJHM")
                .contains("redact.profiles=default,court,strict")
                // 行政处罚法 art. 58 para. 1 item 4: review required by law
                .contains("review.outcome=REQUIRED")
                .contains("review.fired=行政处罚法 第58条 第1款 第4项")
                .contains("review.example=NOT_REQUIRED")
                // GB/T 32905-2016 example 1 (SM3 of "abc") and FIPS 180-2 (SHA-256 of "abc")
                .contains("recording.sm3abc=66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
                .contains("recording.file.sm3=66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
                .contains("recording.file.sha256=ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                .contains("recording.bag.valid=true files=1")
                .contains("recording.log.size=2 proof=true reopened=true")
                .contains("recording.activities=true");
        List<String> samples =
                lines.stream().filter(l -> l.startsWith("disclosure.sample=")).toList();
        assertThat(samples).as(run.toString()).hasSizeGreaterThanOrEqualTo(5).allMatch(l -> !l.endsWith(" 0"));
    }

    private static List<String> without(List<String> path, String... jarPrefixes) {
        return path.stream()
                .filter(e -> Stream.of(jarPrefixes)
                        .noneMatch(Path.of(e).getFileName().toString()::startsWith))
                .collect(Collectors.toList());
    }

    /** A jar copied by the examples pom for these tests only. */
    private static String alternative(String jarPrefix) throws IOException {
        try (Stream<Path> jars = Files.list(Path.of(property("zhifa.modulepath.alternatives")))) {
            List<Path> found = jars.filter(p -> p.getFileName().toString().startsWith(jarPrefix))
                    .toList();
            assertThat(found)
                    .as("target/modulepath-alternatives/%s*.jar", jarPrefix)
                    .hasSize(1);
            return found.get(0).toString();
        }
    }

    private static String modulePath(List<String> entries) {
        List<String> all = new ArrayList<>();
        all.add(classes.toString());
        all.addAll(entries);
        return String.join(File.pathSeparator, all);
    }

    private record Run(String name, int exit, String out, String err) {
        @Override
        public String toString() {
            return name + " exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs the JDK running this test, in a fresh work directory. */
    private static Run java(String name, List<String> args) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve("run-" + name));
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xshare:auto");
        command.addAll(args);
        command.add(dir.toString());
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) { // a hang guard, not a timing assertion
            p.destroyForcibly();
            throw new AssertionError(name + ": the child JVM did not finish");
        }
        return new Run(
                name,
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String property(String key) {
        String value = System.getProperty(key);
        assertThat(value)
                .as("system property %s (set by the examples pom)", key)
                .isNotBlank();
        return value;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
