package io.github.zhifa.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Demo step: review-rules: does this decision need legal review? (placeholder until issue #6 lands). */
final class ReviewDemo implements DemoStep {
    @Override
    public String title() {
        return "review-rules: does this decision need legal review?";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        out.println("(arrives with issue #6)");
    }
}
