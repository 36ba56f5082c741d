package io.github.zhifa.cli.record;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa record}: hash, pack and verify tamper-evident record packages (placeholder until issue #7 lands). */
@Command(
        name = "record",
        mixinStandardHelpOptions = true,
        description = "hash, pack and verify tamper-evident record packages")
public final class RecordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("zhifa: 'record' is not available yet (issue #7)");
        return io.github.zhifa.cli.ExitCode.USAGE;
    }
}
