package io.github.zhifa.cli;

import io.github.zhifa.cli.calendar.CalendarCommand;
import io.github.zhifa.cli.demo.DemoCommand;
import io.github.zhifa.cli.disclosure.DisclosureCommand;
import io.github.zhifa.cli.id.IdCommand;
import io.github.zhifa.cli.record.RecordCommand;
import io.github.zhifa.cli.review.ReviewCommand;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;

/** The {@code zhifa} command: one subcommand family per module. */
@Command(
        name = "zhifa",
        mixinStandardHelpOptions = true,
        versionProvider = ZhifaCommand.Version.class,
        description = {
            "zhifa (执法): tools for China's administrative law enforcement three systems:",
            "disclosure, whole-process recording and legal review.",
            "Exit codes: 0 ok, 1 finding (invalid, tampered, late), 2 bad usage or input, 3 data unavailable."
        },
        subcommands = {
            DemoCommand.class,
            IdCommand.class,
            CalendarCommand.class,
            DisclosureCommand.class,
            ReviewCommand.class,
            RecordCommand.class
        })
public final class ZhifaCommand {

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = ZhifaCommand.class.getResourceAsStream("/zhifa-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "zhifa " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
