package io.github.zhifa.cli.calendar;

import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.DayInfo;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhifa calendar days}: one line per date. */
@Command(
        name = "days",
        mixinStandardHelpOptions = true,
        description = {
            "print each date from --from to --to (inclusive), tab-separated:",
            "DATE  working|rest  workday|weekend|holiday|makeup-workday  NAME"
        })
final class DaysCommand implements Callable<Integer> {
    /** At most this many days per call, about 270 years. */
    static final int MAX_DAYS = 100_000;

    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions options;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first date (yyyy-MM-dd)")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last date (yyyy-MM-dd), inclusive")
    LocalDate to;

    @Option(names = "--json", description = "JSON output")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        if (to.toEpochDay() - from.toEpochDay() >= MAX_DAYS) {
            throw new UsageException("at most " + MAX_DAYS + " days per call");
        }
        ChinaCalendar cal = options.calendar();
        List<DayInfo> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(cal.dayInfo(d)); // throws before any output if a date is outside coverage
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CalendarJson.write(days.stream().map(CalendarJson::day).toList()));
        } else {
            for (DayInfo d : days) {
                out.println(d.date() + "\t" + (d.workingDay() ? "working" : "rest") + "\t"
                        + d.kind().label() + "\t" + d.name()
                        + (d.assumedStatutory()
                                ? "\t(assumed: no official schedule; 放假办法 art. 2 statutory holidays and weekends)"
                                : d.assumed() ? "\t(assumed: no official schedule)" : ""));
            }
        }
        return ExitCode.OK;
    }
}
