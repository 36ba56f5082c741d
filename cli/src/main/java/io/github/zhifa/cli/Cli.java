package io.github.zhifa.cli;

import io.github.zhifa.calendar.CalendarDataUnavailableException;
import io.github.zhifa.calendar.CalendarException;
import io.github.zhifa.core.ZhifaException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Wiring of the command line: error handling and exit codes shared by every subcommand. */
public final class Cli {
    private Cli() {}

    /**
     * A UTF-8 writer on standard output (the platform default may not be UTF-8).
     *
     * @return the writer
     */
    public static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    /**
     * A UTF-8 writer on standard error.
     *
     * @return the writer
     */
    public static PrintWriter stderr() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /**
     * Builds the configured command line.
     *
     * @param out where normal output goes
     * @param err where errors go
     * @return the command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ZhifaCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("zhifa: " + withoutJavaNames(oneLine(ex.getMessage())) + " (see '"
                    + commandName(ex.getCommandLine()) + " --help')");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("zhifa: " + describe(ex));
            return exitCodeOf(ex);
        });
        return cl;
    }

    /**
     * The exit code for an exception that escaped a subcommand.
     *
     * @param ex the exception
     * @return the exit code
     */
    static int exitCodeOf(Throwable ex) {
        if (ex instanceof CalendarDataUnavailableException) {
            return ExitCode.DATA_UNAVAILABLE;
        }
        if (ex instanceof UsageException
                || ex instanceof IOException
                || ex instanceof UncheckedIOException
                || ex instanceof ZhifaException
                || ex instanceof CalendarException
                || isBadArgumentToZhifa(ex)) {
            return ExitCode.USAGE;
        }
        return ExitCode.INTERNAL_ERROR;
    }

    /**
     * An {@link IllegalArgumentException} thrown by zhifa's own code: the libraries throw it for a value that breaks
     * their contract (a check character asked of a non-digit, an impossible period), and a subcommand passes the
     * user's values straight to them, so it is bad input (exit 2), not a crash. One thrown by the JDK or another
     * library (e.g. {@code NumberFormatException} from {@code Integer.parseInt} in our code is thrown inside the
     * JDK) stays an internal error (70): it usually means a subcommand forgot to check its input.
     */
    static boolean isBadArgumentToZhifa(Throwable ex) {
        if (!(ex instanceof IllegalArgumentException)) {
            return false;
        }
        StackTraceElement[] trace = ex.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.github.zhifa.");
    }

    private static String describe(Throwable ex) {
        if (ex instanceof NoSuchFileException nsf) {
            return "no such file: " + nsf.getFile();
        }
        if (ex instanceof UncheckedIOException uio) {
            return describe(uio.getCause());
        }
        if (ex instanceof CharacterCodingException) {
            return "cannot read input: it is not valid UTF-8";
        }
        if (ex instanceof IOException) {
            return "cannot read input: " + oneLine(ex.getMessage());
        }
        if (exitCodeOf(ex) == ExitCode.INTERNAL_ERROR) {
            return "internal error (" + ex.getClass().getSimpleName() + "): " + oneLine(ex.getMessage())
                    + " — please report it";
        }
        return oneLine(ex.getMessage());
    }

    /**
     * Takes the Java names out of picocli's type-conversion messages ("cannot convert '2024-13-01' to class
     * java.time.LocalDate (java.time.format.DateTimeParseException: Text ...)"): a user is told the expected form
     * and the reason, not the classes involved.
     *
     * @param message a one-line message
     * @return the message without fully qualified class names of types and exceptions
     */
    static String withoutJavaNames(String message) {
        return message.replace("class java.time.LocalDate", "a date (YYYY-MM-DD)")
                .replaceAll("\\((?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "(");
    }

    private static String commandName(CommandLine cl) {
        return cl == null ? "zhifa" : cl.getCommandSpec().qualifiedName();
    }

    /**
     * Collapses a message onto one line.
     *
     * @param s the message, may be null
     * @return the message on one line
     */
    public static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
