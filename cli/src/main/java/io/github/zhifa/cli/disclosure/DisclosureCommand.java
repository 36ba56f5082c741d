package io.github.zhifa.cli.disclosure;

import picocli.CommandLine.Command;

/** {@code zhifa disclosure}: validate and redact what is published. */
@Command(
        name = "disclosure",
        mixinStandardHelpOptions = true,
        description = "validate disclosure payloads and redact personal data before publishing",
        subcommands = {ValidateCommand.class, RedactCommand.class})
public final class DisclosureCommand {}
