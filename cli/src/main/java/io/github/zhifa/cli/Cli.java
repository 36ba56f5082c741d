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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        cl.registerConverter(LocalDate.class, text -> {
            try {
                return parseDate(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        cl.setExecutionStrategy(Cli::execute);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println(withoutPersonalData("zhifa: " + withoutJavaNames(oneLine(ex.getMessage())) + " (see '"
                    + commandName(ex.getCommandLine()) + " --help')"));
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println(withoutPersonalData("zhifa: " + describe(ex)));
            return exitCodeOf(ex);
        });
        return cl;
    }

    /**
     * Runs the chosen subcommand after checking that no file argument names a directory: reading one fails with a
     * bare "Is a directory" that does not say which argument was wrong.
     */
    private static int execute(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            for (CommandLine.Model.ArgSpec a : r.matchedArgs()) {
                checkNotADirectory(r.commandSpec().commandLine(), a);
            }
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /**
     * An argument whose label says it is a file ({@code FILE}, {@code CASE.json}; not {@code BAG_DIR}, nor
     * {@code PROOF.json|LOG_DIR} which may be either) must not be a directory.
     */
    private static void checkNotADirectory(CommandLine cl, CommandLine.Model.ArgSpec a) {
        String label = a.paramLabel();
        if (label == null
                || label.contains("|")
                || label.contains("DIR")
                || !(label.startsWith("FILE")
                        || label.toLowerCase(java.util.Locale.ROOT).endsWith(".json"))) {
            return;
        }
        Object value = a.getValue();
        // a Path is itself Iterable (over its names): only a list of paths is iterated
        Iterable<?> values =
                value instanceof java.util.Collection<?> c ? c : java.util.Collections.singletonList(value);
        for (Object v : values) {
            if (v instanceof java.nio.file.Path p && java.nio.file.Files.isDirectory(p)) {
                String where =
                        a.isOption() ? "option '" + ((CommandLine.Model.OptionSpec) a).longestName() + "'" : label;
                throw new CommandLine.ParameterException(
                        cl, "Invalid value for " + where + ": '" + p + "' is a directory, not a file");
            }
        }
    }

    /**
     * The lines of a UTF-8 text file given on the command line; text that is not UTF-8 (GBK from a spreadsheet, a
     * binary file) is a usage error naming the file.
     *
     * @param file the file
     * @return its lines
     * @throws IOException if it cannot be read
     * @throws UsageException if it is not UTF-8
     */
    public static java.util.List<String> readLines(java.nio.file.Path file) throws IOException {
        try {
            return java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UsageException(notUtf8(file.toString()));
        }
    }

    /**
     * The message for input that is not UTF-8.
     *
     * @param source the file name, or "standard input"
     * @return the message
     */
    public static String notUtf8(String source) {
        return "cannot read " + source + ": it is not valid UTF-8 (save it as UTF-8, e.g. iconv -f GBK -t UTF-8)";
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Parses a date given on the command line: {@code YYYY-MM-DD} with a four-digit year, as every option that takes a
     * date says. {@link LocalDate#parse} alone also takes {@code +999999999-12-31}, a date no legal period can start
     * from (the arithmetic after it overflows); the four digits keep every date and every period after it in range.
     *
     * @param text the text, e.g. {@code 2024-09-27}
     * @return the date
     * @throws IllegalArgumentException if it is not such a date (the message quotes the text and says why)
     */
    public static LocalDate parseDate(String text) {
        String t = text == null ? "" : text.strip();
        if (!DATE.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            String why = oneLine(e.getMessage()).replaceFirst("^Text '[^']*' could not be parsed: ", "");
            throw new IllegalArgumentException("'" + t + "' is not a date (YYYY-MM-DD): " + why, e);
        }
    }

    /** A mainland mobile number (11 digits, 13x–19x). */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    /** An 18-character resident ID number shape (or residence permit), and the old 15-digit one. */
    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])");

    /**
     * Masks what looks like personal data in an error line before it is printed: a message may quote a value the
     * user gave (an option value, a field of an input file) and the value may be a resident ID number or a mobile
     * number, valid or not. Such a value keeps its first and last character, as {@code zhifa id check} prints it.
     * The one place every error line passes, so no message can forget it.
     *
     * @param line an error line
     * @return the line with ID-number-shaped and mobile-number-shaped values masked
     */
    static String withoutPersonalData(String line) {
        return maskAll(MOBILE, maskAll(ID_NUMBER, line));
    }

    private static String maskAll(Pattern p, String s) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(masked(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A value that may be personal data, as shown: its first and last character, the rest as {@code *}.
     *
     * @param value the value
     * @return the masked value (values of up to two characters are returned as they are)
     */
    public static String masked(String value) {
        if (value.length() <= 2) {
            return value;
        }
        return value.charAt(0) + "*".repeat(value.length() - 2) + value.charAt(value.length() - 1);
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
        if (ex instanceof AccessDeniedException ade) {
            return "cannot read " + ade.getFile() + ": permission denied";
        }
        if (ex instanceof FileSystemException fse && fse.getFile() != null) {
            return "cannot read " + fse.getFile() + ": "
                    + (fse.getReason() != null ? fse.getReason() : ex.getClass().getSimpleName());
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
