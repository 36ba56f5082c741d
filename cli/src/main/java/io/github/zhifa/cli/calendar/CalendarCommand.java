package io.github.zhifa.cli.calendar;

import io.github.zhifa.cli.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa calendar}: the official working-day calendar and legal deadlines. */
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = {
            "the official Chinese working-day calendar (State Council schedules) and legal deadlines",
            "A date outside the official data fails with exit code 3 unless --assume-plain-weekends is given."
        },
        subcommands = {DaysCommand.class, DeadlineCommand.class, NoticeByCommand.class, CoverageCommand.class})
public final class CalendarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("zhifa: 'calendar' needs a subcommand: days, deadline, notice-by or"
                        + " coverage (see 'zhifa calendar --help')");
        return ExitCode.USAGE;
    }
}
