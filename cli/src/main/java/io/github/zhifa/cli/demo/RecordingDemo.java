package io.github.zhifa.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Demo step: recording: tamper-evident record packages (placeholder until issue #7 lands). */
final class RecordingDemo implements DemoStep {
    @Override
    public String title() {
        return "recording: tamper-evident record packages";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        out.println("(arrives with issue #7)");
    }
}
