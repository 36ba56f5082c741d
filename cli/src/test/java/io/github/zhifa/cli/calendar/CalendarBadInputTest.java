package io.github.zhifa.cli.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Enormous periods are bad usage: they exhausted the heap (working days) or overflowed the date (years). */
class CalendarBadInputTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void yearsThatOverflowTheDateAreBadUsage() {
        // was exit 70: "internal error (DateTimeException) ... please report it"
        assertThat(run("calendar", "deadline", "--after", "2024-01-01", "--years", "2147483647", "--json"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--years must be from 0 to 100000").doesNotContain("internal");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void workingDaysBeyondTheBoundAreBadUsage() {
        // 2147483647 ran out of memory; the bound is the one 'calendar days' already has
        assertThat(run(
                        "calendar",
                        "deadline",
                        "--after",
                        "2024-01-01",
                        "--working-days",
                        "100001",
                        "--assume-plain-weekends"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--working-days must be from 0 to 100000, not 100001");
        assertThat(run(
                        "calendar",
                        "notice-by",
                        "--event",
                        "2024-01-10",
                        "--working-days",
                        "100001",
                        "--assume-plain-weekends"))
                .isEqualTo(2);
        assertThat(run("calendar", "deadline", "--after", "2024-01-01", "--calendar-days", "2147483647"))
                .isEqualTo(2);
        assertThat(run("calendar", "deadline", "--after", "2024-01-01", "--months", "100001"))
                .isEqualTo(2);
        assertThat(err.toString().strip().lines()).allMatch(l -> l.startsWith("zhifa: "));
    }

    @Test
    void theLargestAmountStillWorks() {
        assertThat(run("calendar", "deadline", "--after", "9999-12-31", "--years", "100000", "--assume-plain-weekends"))
                .isZero();
        assertThat(out.toString().lines().findFirst())
                .hasValueSatisfying(d -> assertThat(d).matches("\\+1(09999|10000)-\\d\\d-\\d\\d"));
    }
}
