package io.github.zhifa.cli.disclosure;

import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.cli.calendar.CalendarOptions;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.disclosure.DisclosureDeadlines;
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
 * {@code zhifa disclosure withdrawal --revoked-on DATE [--withdrawn-on DATE]}: the last day to withdraw published
 * information after the decision was revoked, changed or found unlawful, and whether a withdrawal was on time.
 */
@Command(
        name = "withdrawal",
        mixinStandardHelpOptions = true,
        description = {
            "print the last day to withdraw published information after its decision was revoked, changed or found"
                    + " unlawful (3 working days, the revocation day not counted) on the first line, then the rule"
                    + " and why;",
            "with --withdrawn-on: exit 0 if on time, 1 if late (ZHIFA-DIS-071); 3 if the calendar has no data"
        })
public final class WithdrawalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions calendarOptions;

    @Option(
            names = "--revoked-on",
            required = true,
            paramLabel = "DATE",
            description = "the day the revoking decision took effect, YYYY-MM-DD (not counted)")
    LocalDate revokedOn;

    @Option(
            names = "--withdrawn-on",
            paramLabel = "DATE",
            description = "the day the information was (or is to be) withdrawn: checks it against the deadline")
    LocalDate withdrawnOn;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "deadline rules in the format of the bundled disclosure-rules.json (e.g. 1 working day)")
    Path rules;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        DisclosureDeadlines deadlines = DeadlineReport.deadlines(rules, calendarOptions);
        Deadline d = deadlines.withdrawal(revokedOn);
        List<Violation> late = withdrawnOn == null ? List.of() : deadlines.checkWithdrawal(revokedOn, withdrawnOn);
        return DeadlineReport.print(
                spec.commandLine().getOut(),
                json,
                "revokedOn",
                "withdrawn",
                deadlines.withdrawalRule(),
                d,
                "withdrawnOn",
                withdrawnOn,
                late);
    }
}
