package io.github.zhifa.cli.disclosure;

import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.cli.calendar.CalendarOptions;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.disclosure.DeadlineRule;
import io.github.zhifa.disclosure.DisclosureDeadlines;
import io.github.zhifa.disclosure.RecordKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa disclosure deadline --kind penalty|licensing|general --decided DATE [--published-on DATE]}: the last
 * day to publish a decision, with the days skipped, and whether a publication was on time.
 */
@Command(
        name = "deadline",
        mixinStandardHelpOptions = true,
        description = {
            "print the last day to publish a decision (7 working days for penalty and licensing decisions, 20 for"
                    + " others; the decision day not counted) on the first line, then the rule and why;",
            "with --published-on: exit 0 if on time, 1 if late (ZHIFA-DIS-070); 3 if the calendar has no data"
        })
public final class DeadlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions calendarOptions;

    @Option(
            names = "--kind",
            required = true,
            paramLabel = "KIND",
            converter = ValidateCommand.KindConverter.class,
            description = "penalty, licensing or general (general: the rule for other decisions)")
    RecordKind kind;

    @Option(
            names = "--decided",
            required = true,
            paramLabel = "DATE",
            description = "the day of the decision, YYYY-MM-DD (not counted)")
    LocalDate decided;

    @Option(
            names = "--published-on",
            paramLabel = "DATE",
            description = "the day it was (or is to be) published: checks it against the deadline")
    LocalDate publishedOn;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "deadline rules in the format of the bundled disclosure-rules.json")
    Path rules;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        DisclosureDeadlines deadlines = DeadlineReport.deadlines(rules, calendarOptions);
        DeadlineRule rule = deadlines.publicationRule(kind);
        Deadline d = deadlines.publication(kind, decided);
        List<Violation> late = publishedOn == null ? List.of() : deadlines.checkPublication(kind, decided, publishedOn);
        return DeadlineReport.print(
                spec.commandLine().getOut(), json, "decidedOn", "published", rule, d, "publishedOn", publishedOn, late);
    }
}
