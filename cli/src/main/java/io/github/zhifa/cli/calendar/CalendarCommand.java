package io.github.zhifa.cli.calendar;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa calendar}: the official working-day calendar and legal deadlines (placeholder until issue #3 lands). */
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = "the official working-day calendar and legal deadlines")
public final class CalendarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("zhifa: 'calendar' is not available yet (issue #3)");
        return io.github.zhifa.cli.ExitCode.USAGE;
    }
}
