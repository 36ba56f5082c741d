package io.github.zhifa.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Demo step: core: validating enforcement decisions (placeholder until issue #2 lands). */
final class CoreDemo implements DemoStep {
    @Override
    public String title() {
        return "core: validating enforcement decisions";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        out.println("(arrives with issue #2)");
    }
}
