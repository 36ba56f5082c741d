package io.github.zhifa.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Demo step: disclosure: validating 双公示 records before publishing (placeholder until issue #4 lands). */
final class DisclosureDemo implements DemoStep {
    @Override
    public String title() {
        return "disclosure: validating 双公示 records before publishing";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        out.println("(arrives with issue #4)");
    }
}
