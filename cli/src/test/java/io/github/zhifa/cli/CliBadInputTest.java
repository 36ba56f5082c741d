package io.github.zhifa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input met by every subcommand (the bad-input audit): dates on the command line, file arguments that are
 * directories, text that is not UTF-8, personal data quoted back in an error. One line on stderr, exit 2.
 */
class CliBadInputTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static void assertUsage(Run r, String... contains) {
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("zhifa: ").contains(contains).doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    }

    @Test
    void aDateBeyondFourDigitYearsIsBadUsageNotAnInternalError() {
        // LocalDate.parse takes '+999999999-12-31'; the day after it overflowed (exit 70, "please report it")
        assertUsage(
                run(
                        "calendar",
                        "days",
                        "--from",
                        "+999999999-12-31",
                        "--to",
                        "+999999999-12-31",
                        "--assume-plain-weekends"),
                "'+999999999-12-31' is not a date (YYYY-MM-DD)",
                "--from");
        assertUsage(
                run("disclosure", "withdrawal", "--revoked-on", "+999999999-12-30", "--assume-plain-weekends"),
                "'+999999999-12-30' is not a date (YYYY-MM-DD)");
        assertUsage(run("calendar", "days", "--from", "24-1-1", "--to", "2024-01-03"), "'24-1-1' is not a date");
        // the reason stays: February has no 30th
        assertUsage(
                run("disclosure", "deadline", "--kind", "penalty", "--decided", "2024-02-30"),
                "'2024-02-30' is not a date (YYYY-MM-DD)",
                "FEBRUARY 30");
    }

    @Test
    void aDirectoryGivenForAFileNamesTheOption() throws IOException {
        Path d = Files.createDirectory(dir.resolve("a dir 目录"));
        // was "cannot read input: Is a directory", naming neither the option nor the path
        assertUsage(run("id", "check", "--file", d.toString()), "--file", "is a directory, not a file");
        assertUsage(
                run("calendar", "days", "--from", "2024-01-01", "--to", "2024-01-02", "--schedule", d.toString()),
                "--schedule",
                "is a directory");
        assertUsage(run("record", "coverage", d.toString()), "ACTIVITY.json", "is a directory");
        assertUsage(run("review", "evaluate", d.toString()), "CASE.json", "is a directory");
    }

    @Test
    void aPathWithSpacesAndChineseIsOneArgument() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("dir with space/中文目录"));
        Path f = Files.writeString(sub.resolve("文件 a.txt"), "91350100M000100Y43\n");
        Run r = run("id", "check", "--file", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("91350100M000100Y43");
    }

    @Test
    void textThatIsNotUtf8NamesTheFile() throws IOException {
        Path gbk = Files.write(dir.resolve("ids.txt"), "张三,13812345678\n".getBytes(Charset.forName("GBK")));
        assertUsage(run("id", "check", "--file", gbk.toString()), gbk.toString(), "not valid UTF-8");
    }

    @Test
    void personalDataQuotedInAnErrorIsMasked() {
        Run phone = run("review", "rules", "--jurisdiction", "13812345678");
        assertUsage(phone, "--jurisdiction", "1*********8");
        assertThat(phone.err()).doesNotContain("13812345678");
        Run id = run("calendar", "deadline", "--after", "110105194912310021", "--working-days", "1");
        assertUsage(id, "--after", "1****************1");
        assertThat(id.err()).doesNotContain("110105194912310021");
        Run old = run("calendar", "deadline", "--after", "110105491231002", "--working-days", "1");
        assertThat(old.err()).doesNotContain("110105491231002");
    }

    @Test
    void maskingLeavesOtherNumbersAlone() {
        assertThat(Cli.withoutPersonalData("no entry 99999999999 in a tree of size 1"))
                .isEqualTo("no entry 99999999999 in a tree of size 1");
        assertThat(Cli.withoutPersonalData("/tmp/junit1234567890123456789/x.json: bad"))
                .isEqualTo("/tmp/junit1234567890123456789/x.json: bad");
        assertThat(Cli.withoutPersonalData("credit code 91350100M000100Y43")).contains("91350100M000100Y43");
        assertThat(Cli.withoutPersonalData("电话13812345678，身份证11010519491231002X"))
                .isEqualTo("电话1*********8，身份证1****************X");
    }
}
