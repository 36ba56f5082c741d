package io.github.zhifa.cli.disclosure;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhifa redact}: redact personal data and secrets before publishing (placeholder until issue #5 lands). */
@Command(
        name = "redact",
        mixinStandardHelpOptions = true,
        description = "redact personal data and secrets before publishing")
public final class RedactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("zhifa: 'redact' is not available yet (issue #5)");
        return io.github.zhifa.cli.ExitCode.USAGE;
    }
}
