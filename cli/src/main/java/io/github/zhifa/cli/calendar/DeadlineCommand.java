package io.github.zhifa.cli.calendar;

import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.LegalPeriod;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhifa calendar deadline}: the last day of a legal period. */
@Command(
        name = "deadline",
        mixinStandardHelpOptions = true,
        description = {
            "print the last day of a legal period after --after (the start day is not counted) on the first line;",
            "calendar-day, month and year periods ending on a rest day extend to the next working day (民法典 art. 203)"
        })
final class DeadlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions options;

    @Option(names = "--after", required = true, paramLabel = "DATE", description = "the start date (not counted)")
    LocalDate after;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Amount amount;

    static final class Amount {
        @Option(names = "--working-days", paramLabel = "N", description = "N working days")
        Integer workingDays;

        @Option(names = "--calendar-days", paramLabel = "N", description = "N calendar days, with rest-day extension")
        Integer calendarDays;

        @Option(names = "--months", paramLabel = "N", description = "N months, with rest-day extension")
        Integer months;

        @Option(names = "--years", paramLabel = "N", description = "N years, with rest-day extension")
        Integer years;

        LegalPeriod period() {
            if (workingDays != null) {
                return LegalPeriod.workingDays(nonNegative(workingDays, "--working-days"));
            }
            if (calendarDays != null) {
                return LegalPeriod.calendarDays(nonNegative(calendarDays, "--calendar-days"));
            }
            if (months != null) {
                return LegalPeriod.months(nonNegative(months, "--months"));
            }
            return LegalPeriod.years(nonNegative(years, "--years"));
        }
    }

    /**
     * The largest amount of any period unit, as many as {@link DaysCommand#MAX_DAYS}: more working days than that is
     * centuries, no legal period; and the bound keeps the answer and its explanation (every skipped day is listed)
     * small, where 2147483647 working days exhausted the heap and 2147483647 years overflowed the date.
     */
    static final int MAX_AMOUNT = DaysCommand.MAX_DAYS;

    static int nonNegative(int n, String option) {
        if (n < 0 || n > MAX_AMOUNT) {
            throw new UsageException(option + " must be from 0 to " + MAX_AMOUNT + ", not " + n);
        }
        return n;
    }

    @Option(
            names = "--explain",
            description = "explain the answer (days skipped and why) after the date, in English then Chinese")
    boolean explain;

    @Option(names = "--json", description = "JSON output (with the explanation)")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Deadline d = amount.period().after(after, options.calendar());
        print(spec.commandLine().getOut(), d, explain, json);
        return ExitCode.OK;
    }

    static void print(PrintWriter out, Deadline d, boolean explain, boolean json) {
        if (json) {
            out.println(CalendarJson.write(CalendarJson.deadline(d)));
            return;
        }
        out.println(d.end());
        if (explain) {
            out.println(d.explanation());
            out.println(d.explanationZh());
        }
    }
}
