package io.github.zhifa.cli.review;

import io.github.zhifa.cli.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa review}: legal review, hearing rights, exemption lists and inspection rules. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "legal review (法制审核), hearing rights, exemption lists and inspection rules, explained",
            "Exit codes: 0 evaluated / in time / compliant, 1 a finding (inspection rule breached, hearing date late, agency",
            "short of reviewers), 2 bad usage or input, 3 calendar data unavailable."
        },
        subcommands = {
            EvaluateCommand.class,
            ExemptionCommand.class,
            RulesCommand.class,
            InspectionCommand.class,
            HearingCommand.class,
            StaffingCommand.class
        })
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("zhifa: review needs a subcommand: evaluate, exemption, rules, inspection, hearing, staffing"
                        + " (see 'zhifa review --help')");
        return ExitCode.USAGE;
    }
}
