package io.github.zhifa.cli;

import java.io.PrintWriter;

/** Entry point of the {@code zhifa} command. */
public final class Main {
    private Main() {}

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        quietLibraryLogs();
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    /**
     * Keeps the command's output clean: Hibernate Validator logs its version at INFO when it starts. Must run
     * before anything logs (slf4j-simple reads these properties once); a user's own {@code -D} settings win.
     */
    static void quietLibraryLogs() {
        setIfAbsent("org.jboss.logging.provider", "slf4j");
        setIfAbsent("org.slf4j.simpleLogger.log.org.hibernate.validator", "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Runs the command without exiting, for tests and embedding.
     *
     * @param args the command-line arguments
     * @param out where normal output goes
     * @param err where errors go
     * @return the exit code (see {@link ExitCode})
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        quietLibraryLogs();
        try {
            return Cli.commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
