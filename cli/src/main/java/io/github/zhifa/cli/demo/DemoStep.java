package io.github.zhifa.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;

/** One part of {@code zhifa demo}: runs a module's capability on bundled sample data and prints a report. */
public interface DemoStep {
    /**
     * A short title for the report's heading.
     *
     * @return the title
     */
    String title();

    /**
     * Runs the step. Expected findings (an invalid sample, a tampered copy) are part of the report, not failures.
     *
     * @param out where the readable report goes
     * @param workDir a private temporary directory the step may write to
     * @throws Exception when the step itself could not run
     */
    void run(PrintWriter out, Path workDir) throws Exception;
}
