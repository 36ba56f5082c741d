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
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
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
        try {
            return Cli.commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
