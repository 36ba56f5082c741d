package io.github.zhifa.cli.demo;

import io.github.zhifa.cli.Cli;
import io.github.zhifa.cli.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa demo}: runs the whole chain on bundled sample data and prints a readable report. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "run every module on bundled sample data and print a readable report")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /**
     * The steps, in the order of the enforcement process.
     *
     * @return the demo steps
     */
    static List<DemoStep> steps() {
        return List.of(
                new CoreDemo(),
                new CalendarDemo(),
                new DisclosureDemo(),
                new RedactionDemo(),
                new ReviewDemo(),
                new RecordingDemo());
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println("zhifa demo — every module on bundled sample data");
        int failed = 0;
        List<DemoStep> steps = steps();
        Path work = Files.createTempDirectory("zhifa-demo");
        try {
            for (int i = 0; i < steps.size(); i++) {
                DemoStep step = steps.get(i);
                out.println();
                out.println("== " + (i + 1) + ". " + step.title() + " ==");
                Path dir = Files.createDirectory(work.resolve("step" + (i + 1)));
                try {
                    step.run(out, dir);
                } catch (Exception e) {
                    failed++;
                    err.println("zhifa: demo step '" + step.title() + "' failed: " + Cli.oneLine(e.toString()));
                }
                out.flush();
            }
        } finally {
            deleteTree(work);
        }
        out.println();
        out.println(failed == 0 ? "demo finished: all " + steps.size() + " steps ran" : failed + " step(s) failed");
        return failed == 0 ? ExitCode.OK : ExitCode.INTERNAL_ERROR;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
