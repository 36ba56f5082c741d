package io.github.zhifa.examples.calendar;

import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.HolidaySchedule;
import io.github.zhifa.calendar.LegalPeriod;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * A department system checks its publication deadlines: penalty decisions are published within 7 working days
 * (行政处罚法 art. 85 with the seed plan's 7-working-day rule). It also shows loading next year's notice the day it
 * appears, before a new zhifa release.
 */
public final class PublicationDeadlineExample {
    private PublicationDeadlineExample() {}

    /** A decision as the host system stores it. */
    record Decision(String number, LocalDate decided, LocalDate published) {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        ChinaCalendar calendar = ChinaCalendar.official();
        LegalPeriod publication = LegalPeriod.workingDays(7);
        List<Decision> decisions = List.of(
                new Decision("X市监罚〔2024〕101号", LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 12)),
                new Decision("X市监罚〔2024〕102号", LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 14)),
                new Decision("X市监罚〔2025〕007号", LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 7)));
        for (Decision d : decisions) {
            Deadline deadline = publication.after(d.decided(), calendar);
            String verdict = deadline.isMetBy(d.published())
                    ? "in time"
                    : "LATE by "
                            + calendar.workingDaysBetween(
                                    deadline.end().plusDays(1), d.published().plusDays(1)) + " working day(s)";
            out.println(d.number() + ": deadline " + deadline.end() + ", published " + d.published() + " — " + verdict);
            out.println("    " + deadline.summary());
        }

        // The next year's notice appears before zhifa's next release: load it as a schedule file.
        String next =
                """
                zhifa-schedule 1
                scope national
                # illustrative figures, not the real 2027 notice
                year 2027 notice=国办发明电〔2026〕N号 checked=no
                block 2027-01-01..2027-01-03 元旦 statutory=2027-01-01
                """;
        ChinaCalendar extended = calendar.with(HolidaySchedule.parse(next, "china-2027.schedule"));
        out.println("coverage " + calendar.coverage().firstYear() + "–"
                + calendar.coverage().lastYear() + " → " + extended.coverage().firstYear() + "–"
                + extended.coverage().lastYear());
        out.println("7 working days after 2026-12-25: "
                + publication.after(LocalDate.of(2026, 12, 25), extended).end());
    }
}
