package io.github.zhifa.cli.id;

import picocli.CommandLine.Command;

/** {@code zhifa id}: check Chinese identifiers (resident ID, credit code, organisation code). */
@Command(
        name = "id",
        mixinStandardHelpOptions = true,
        description = "check Chinese identifiers (resident ID, credit code, organisation code)",
        subcommands = {IdCheckCommand.class})
public final class IdCommand {
    /** Creates the command (called by picocli). */
    public IdCommand() {}
}
