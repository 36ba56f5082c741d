package io.github.zhifa.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Demo step: disclosure: redacting personal data (placeholder until issue #5 lands). */
final class RedactionDemo implements DemoStep {
    @Override
    public String title() {
        return "disclosure: redacting personal data";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        out.println("(arrives with issue #5)");
    }
}
