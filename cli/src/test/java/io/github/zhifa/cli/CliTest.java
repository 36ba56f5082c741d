package io.github.zhifa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.zhifa.core.id.OrganizationCode;
import io.github.zhifa.core.id.ResidentIdNumber;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command as a whole: bad input gives one line on stderr and exit 2; the demo prints core's report. */
class CliTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertOneLineUsageError(Run r, String contains) {
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("zhifa: ").contains(contains);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void unknownCommand() {
        assertOneLineUsageError(run("frobnicate"), "frobnicate");
    }

    @Test
    void unknownOption() {
        assertOneLineUsageError(run("id", "check", "--colour", "91350100M000100Y43"), "--colour");
    }

    @Test
    void missingSubcommandOrValue() {
        assertOneLineUsageError(run("id"), "ubcommand");
        assertOneLineUsageError(run("id", "check"), "give a VALUE");
    }

    @Test
    void malformedValue() {
        assertOneLineUsageError(run("id", "check", "张三的身份证"), "not shaped like an identifier");
        assertOneLineUsageError(run("id", "check", "1".repeat(40)), "40 characters");
        assertOneLineUsageError(run("id", "check", "9135 0100"), "not shaped like an identifier");
    }

    @Test
    void conversionErrorsNameTheExpectedFormNotJavaClasses() {
        Run date = run("calendar", "deadline", "--after", "2024-13-01", "--working-days", "7");
        assertOneLineUsageError(date, "'2024-13-01'");
        assertThat(date.err()).contains("a date (YYYY-MM-DD)").contains("MonthOfYear");
        assertThat(date.err()).doesNotContain("java.").doesNotContain("Exception");
        Run kind = run("disclosure", "validate", "x.json", "--kind", "fine");
        assertOneLineUsageError(kind, "unknown record kind 'fine'");
        assertThat(kind.err()).doesNotContain("java.").doesNotContain("Exception");
    }

    @Test
    void unreadableFile() {
        assertOneLineUsageError(run("id", "check", "--file", "/no/such/dir/ids.txt"), "no such file");
        assertOneLineUsageError(
                run("id", "check", "--file", System.getProperty("java.io.tmpdir")), "is a directory, not a file");
    }

    @Test
    void inputThatIsNotUtf8IsNamedSo(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("ids.txt");
        Files.write(latin1, new byte[] {(byte) 0xff, (byte) 0xfe, '9', '1', '\n'});
        Run r = run("id", "check", "--file", latin1.toString());
        assertOneLineUsageError(r, "not valid UTF-8");
        assertThat(r.err()).doesNotContain("Input length");
    }

    @Test
    void everyHelpTextIsAValidFormatString() {
        // picocli formats descriptions with String.format: a bare '%' prints a "[picocli WARN]" on stderr with --help
        Deque<CommandLine> todo = new ArrayDeque<>(
                List.of(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))));
        int checked = 0;
        while (!todo.isEmpty()) {
            CommandLine cl = todo.pop();
            todo.addAll(cl.getSubcommands().values());
            List<String> texts =
                    new ArrayList<>(List.of(cl.getCommandSpec().usageMessage().description()));
            cl.getCommandSpec().options().forEach(o -> texts.addAll(List.of(o.description())));
            cl.getCommandSpec().positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
            for (String t : texts) {
                assertThat(catchThrowable(() -> String.format(t)))
                        .as(cl.getCommandSpec().qualifiedName() + ": " + t)
                        .isNull();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("zhifa ");
        Run h = run("id", "check", "--help");
        assertThat(h.exit()).isZero();
        assertThat(h.out()).contains("--json").contains("--lenient");
    }

    @Test
    void exitCodesOfEscapedExceptions() {
        assertThat(Cli.exitCodeOf(new UsageException("x"))).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.exitCodeOf(new NoSuchFileException("x"))).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.exitCodeOf(new UncheckedIOException(new IOException("x"))))
                .isEqualTo(ExitCode.USAGE);
        // thrown by our library for a bad argument: bad input
        IllegalArgumentException ours = catchIae(() -> ResidentIdNumber.checkCharacter("1101051949123100A"));
        assertThat(Cli.exitCodeOf(ours)).isEqualTo(ExitCode.USAGE);
        IllegalArgumentException ours2 = catchIae(() -> OrganizationCode.checkCharacter("1"));
        assertThat(Cli.exitCodeOf(ours2)).isEqualTo(ExitCode.USAGE);
        // thrown inside the JDK: a bug of ours (unchecked input), not the user's fault
        IllegalArgumentException jdk = catchIae(() -> Integer.parseInt("x"));
        assertThat(Cli.exitCodeOf(jdk)).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(Cli.exitCodeOf(new NullPointerException())).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(Cli.exitCodeOf(new IllegalStateException())).isEqualTo(ExitCode.INTERNAL_ERROR);
    }

    private static IllegalArgumentException catchIae(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("no IllegalArgumentException");
    }

    @Test
    void demoPrintsTheCoreReport() {
        Run r = run("demo");
        String core =
                r.out().substring(r.out().indexOf("core: validating"), r.out().indexOf("== 2."));
        assertThat(core)
                .contains("sample decision-valid.json: 厦思市监罚〔2024〕12号 — 行政处罚, party: 法人 厦门示例贸易有限公司")
                .contains("valid: no violation")
                .contains("sample decision-invalid.json")
                .contains("INVALID: 7 error(s), 1 warning(s)")
                .contains("ERROR   ZHIFA-ID-006  party.idNumber")
                .contains("校验码（第18位）为“1”，应为“X”")
                .contains("check character (position 18) is '1', expected 'X'")
                .contains("WARNING ZHIFA-VAL-103 officers")
                .contains("ZHIFA-VAL-104 officers[0].qualifiedUntil")
                .contains("自然人 (name withheld)");
        // no personal data in clear
        assertThat(r.out()).doesNotContain("110105194912310021").doesNotContain("张三");
    }

    @Test
    void demoShowsTheYearEndDeadlineStrictAndEstimated() {
        Run r = run("demo");
        String cal = r.out().substring(r.out().indexOf("== 2."), r.out().indexOf("== 3."));
        // 2026-12-28 + 7 working days: 12-29..31 (3), 2027-01-01 元旦 (art. 2), weekend, 01-04..07 (4-7)
        assertThat(cal)
                .contains("penalty decision 2026-12-28: the deadline runs into 2027")
                .contains("strict (the default): ZHIFA-CAL-001")
                .contains("2027-01-07 (THURSDAY) is the last day")
                .contains("2027-01-01 元旦 (assumed)");
    }
}
