package io.github.zhifa.cli;

/** The exit codes of every {@code zhifa} subcommand (DESIGN.md, cli). */
public final class ExitCode {
    /** Success: valid, compliant, done. */
    public static final int OK = 0;
    /** A finding: an invalid payload, a tampered package, a missed deadline. */
    public static final int FINDING = 1;
    /** Bad usage or unreadable input. */
    public static final int USAGE = 2;
    /** Data unavailable, e.g. a calendar year that is not covered. */
    public static final int DATA_UNAVAILABLE = 3;
    /** A bug in zhifa: reported in one line, never as a stack trace. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {}
}
