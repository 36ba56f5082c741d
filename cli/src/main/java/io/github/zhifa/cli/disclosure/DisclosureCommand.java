package io.github.zhifa.cli.disclosure;

import picocli.CommandLine.Command;

/** {@code zhifa disclosure}: validate and redact what is published. */
@Command(
        name = "disclosure",
        mixinStandardHelpOptions = true,
        description = "validate disclosure payloads, check publication and withdrawal deadlines, redact personal data",
        subcommands = {ValidateCommand.class, DeadlineCommand.class, WithdrawalCommand.class, RedactCommand.class})
public final class DisclosureCommand {}
