package io.github.zhifa.cli.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the review subcommands. */
class ReviewBadInputTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void aFractionOfAnOfficerIsBadInput() throws Exception {
        Path f = Files.writeString(tmp.resolve("staff.json"), "[{\"agency\":\"甲局\",\"officers\":1.5,\"reviewers\":5}]");
        // was exit 0: "5 reviewers for 1 officers"
        assertThat(run("review", "staffing", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("$[0].officers").contains("whole number");
    }

    @Test
    void datesAreTheSameFourDigitDatesAsEverywhere() {
        // was exit 0: "22 rules in force on +999999999-12-31"
        assertThat(run("review", "rules", "--date", "+999999999-12-31")).isEqualTo(2);
        assertThat(err.toString()).contains("--date").contains("is not a date (YYYY-MM-DD)");
        assertThat(run("review", "hearing", "--told", "+999999999-12-31")).isEqualTo(2);
        assertThat(run("review", "hearing", "--told", "2024-02-30")).isEqualTo(2);
        assertThat(err.toString()).contains("FEBRUARY 30");
    }

    @Test
    void anEmptyAgencyListIsBadInput() throws Exception {
        Path f = Files.writeString(tmp.resolve("none.json"), "[]");
        // was exit 0 with no output at all
        assertThat(run("review", "staffing", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none.json").contains("lists no agency");
        assertThat(out.toString()).isEmpty();
    }
}
