package io.github.zhifa.cli.disclosure;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa validate}: validate disclosure payloads before publishing (placeholder until issue #4 lands). */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "validate disclosure payloads before publishing")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("zhifa: 'validate' is not available yet (issue #4)");
        return io.github.zhifa.cli.ExitCode.USAGE;
    }
}
