package io.github.zhifa.cli.record;

import io.github.zhifa.cli.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa record}: hash, pack and verify tamper-evident record packages; the case log; video coverage. */
@Command(
        name = "record",
        mixinStandardHelpOptions = true,
        description = "hash, pack and verify tamper-evident record packages (BagIt, SHA-256 + SM3); case log; coverage",
        subcommands = {
            HashCommand.class,
            PackCommand.class,
            VerifyCommand.class,
            LogCommand.class,
            CoverageCommand.class
        })
public final class RecordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("zhifa: 'record' needs a subcommand: hash, pack, verify, log, coverage"
                        + " (see 'zhifa record --help')");
        return ExitCode.USAGE;
    }
}
