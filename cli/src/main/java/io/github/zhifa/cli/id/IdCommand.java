package io.github.zhifa.cli.id;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa id}: check Chinese identifiers (resident ID, credit code, organisation code) (placeholder until issue #2 lands). */
@Command(
        name = "id",
        mixinStandardHelpOptions = true,
        description = "check Chinese identifiers (resident ID, credit code, organisation code)")
public final class IdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("zhifa: 'id' is not available yet (issue #2)");
        return io.github.zhifa.cli.ExitCode.USAGE;
    }
}
