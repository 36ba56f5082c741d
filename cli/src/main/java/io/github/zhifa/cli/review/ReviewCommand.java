package io.github.zhifa.cli.review;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa review}: legal review, hearing rights and inspection rules (placeholder until issue #6 lands). */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = "legal review, hearing rights and inspection rules")
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("zhifa: 'review' is not available yet (issue #6)");
        return io.github.zhifa.cli.ExitCode.USAGE;
    }
}
