package io.github.zhifa.cli.review;

import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.review.hearing.HearingTiming;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhifa review hearing}: the hearing time limits of 行政处罚法 art. 64. */
@Command(
        name = "hearing",
        mixinStandardHelpOptions = true,
        description = {
            "Hearing time limits (行政处罚法 art. 64, working days per art. 85): the request window after",
            "the party is told of the right, and the notice at least 7 working days before the hearing.",
            "Exit codes: 0 in time (or only deadlines asked), 1 a date is late, 2 bad input, 3 calendar data unavailable."
        })
public final class HearingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--told", paramLabel = "DATE", description = "the day the party was told of the hearing right")
    String told;

    @Option(names = "--requested", paramLabel = "DATE", description = "the day the party asked for a hearing")
    String requested;

    @Option(names = "--hearing", paramLabel = "DATE", description = "the day of the hearing")
    String hearing;

    @Option(names = "--notice", paramLabel = "DATE", description = "the day the party was notified of the hearing")
    String notice;

    @Override
    public Integer call() {
        if (told == null && hearing == null) {
            throw new UsageException("give --told DATE and/or --hearing DATE");
        }
        if (requested != null && told == null) {
            throw new UsageException("--requested needs --told");
        }
        if (notice != null && hearing == null) {
            throw new UsageException("--notice needs --hearing");
        }
        HearingTiming t = HearingTiming.official();
        PrintWriter out = spec.commandLine().getOut();
        boolean late = false;
        if (told != null) {
            Deadline d = t.requestDeadline(Options.date("--told", told));
            out.println("request a hearing by " + d.end() + " (行政处罚法 第64条第1项, 5 working days): " + d.summary());
            if (requested != null) {
                boolean ok = d.isMetBy(Options.date("--requested", requested));
                late |= !ok;
                out.println("  requested " + requested + ": " + (ok ? "in time" : "LATE"));
            }
        }
        if (hearing != null) {
            LocalDate h = Options.date("--hearing", hearing);
            Deadline d = t.noticeDeadline(h);
            out.println("notify the hearing by " + d.end() + " (行政处罚法 第64条第2项, 7 working days before): " + d.summary());
            if (notice != null) {
                boolean ok = d.isMetBy(Options.date("--notice", notice));
                late |= !ok;
                out.println("  notified " + notice + ": " + (ok ? "in time" : "LATE"));
            }
        }
        out.flush();
        return late ? ExitCode.FINDING : ExitCode.OK;
    }
}
