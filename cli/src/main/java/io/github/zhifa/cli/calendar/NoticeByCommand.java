package io.github.zhifa.cli.calendar;

import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.LegalPeriod;
import io.github.zhifa.cli.ExitCode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhifa calendar notice-by}: the latest day to give advance notice. */
@Command(
        name = "notice-by",
        mixinStandardHelpOptions = true,
        description = {
            "print the latest notice date N0 for an event on --event with at least --working-days N working days'",
            "notice, i.e. the latest N0 with plusWorkingDays(N0, N) <= event, on the first line"
        })
final class NoticeByCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions options;

    @Option(names = "--event", required = true, paramLabel = "DATE", description = "the date of the event")
    LocalDate event;

    @Option(names = "--working-days", required = true, paramLabel = "N", description = "working days of notice")
    int workingDays;

    @Option(names = "--explain", description = "explain the answer after the date, in English then Chinese")
    boolean explain;

    @Option(names = "--json", description = "JSON output (with the explanation)")
    boolean json;

    @Override
    public Integer call() throws IOException {
        LegalPeriod p = LegalPeriod.workingDays(DeadlineCommand.nonNegative(workingDays, "--working-days"));
        Deadline d = p.noticeBefore(event, options.calendar());
        DeadlineCommand.print(spec.commandLine().getOut(), d, explain, json);
        return ExitCode.OK;
    }
}
