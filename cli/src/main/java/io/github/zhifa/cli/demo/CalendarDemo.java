package io.github.zhifa.cli.demo;

import io.github.zhifa.calendar.CalendarDataUnavailableException;
import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.Coverage;
import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.LegalPeriod;
import io.github.zhifa.calendar.OutsideCoveragePolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

/** Demo step: working days and legal deadlines on the official calendar. */
final class CalendarDemo implements DemoStep {
    @Override
    public String title() {
        return "calendar: working days and legal deadlines";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        ChinaCalendar cal = ChinaCalendar.official();
        Coverage c = cal.coverage();
        out.println("official schedules " + c.firstYear() + "–" + c.lastYear() + " ("
                + c.years().get(c.years().size() - 1).notices().get(0) + " is the newest)");
        LocalDate decided = LocalDate.of(2024, 9, 27);
        Deadline publish = LegalPeriod.workingDays(7).after(decided, cal);
        out.println("penalty decision " + decided + ", publish within 7 working days (行政处罚法 art. 85):");
        out.println("  " + publish.explanation());
        out.println("  " + publish.explanationZh());
        LocalDate published = LocalDate.of(2024, 10, 14);
        int late = cal.workingDaysBetween(publish.end().plusDays(1), published.plusDays(1));
        out.println("  published " + published + ": "
                + (publish.isMetBy(published) ? "in time" : "LATE by " + late + " working day(s)"));
        Deadline pay = LegalPeriod.calendarDays(15).after(LocalDate.of(2025, 9, 16), cal);
        out.println("fine served 2025-09-16, 15 days to pay (art. 67, calendar days):");
        out.println("  " + pay.explanation());
        Deadline notice = LegalPeriod.workingDays(5).noticeBefore(LocalDate.of(2026, 2, 26), cal);
        out.println("inspection on 2026-02-26 with at least 5 working days' notice:");
        out.println("  " + notice.explanation());
        LocalDate yearEnd = LocalDate.of(c.lastYear(), 12, 28);
        out.println("penalty decision " + yearEnd + ": the deadline runs into " + (c.lastYear() + 1)
                + ", whose notice is not bundled:");
        String strict;
        try {
            strict = LegalPeriod.workingDays(7).after(yearEnd, cal).explanation();
        } catch (CalendarDataUnavailableException e) { // always: the deadline runs past the official data
            strict = e.getMessage();
        }
        out.println("  strict (the default): " + strict);
        Deadline estimate = LegalPeriod.workingDays(7)
                .after(yearEnd, cal.withOutsideCoveragePolicy(OutsideCoveragePolicy.ASSUME_STATUTORY_HOLIDAYS));
        out.println("  estimate (ASSUME_STATUTORY_HOLIDAYS): " + estimate.explanation());
    }
}
