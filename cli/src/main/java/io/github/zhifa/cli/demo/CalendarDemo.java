package io.github.zhifa.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Demo step: calendar: working days and legal deadlines (placeholder until issue #3 lands). */
final class CalendarDemo implements DemoStep {
    @Override
    public String title() {
        return "calendar: working days and legal deadlines";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        out.println("(arrives with issue #3)");
    }
}
