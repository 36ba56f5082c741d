package io.github.zhifa.cli.calendar;

import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.HolidaySchedule;
import io.github.zhifa.calendar.MakeupWorkdayPolicy;
import io.github.zhifa.calendar.OutsideCoveragePolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options shared by every command that counts working days ({@code calendar …}, {@code disclosure validate|deadline|
 * withdrawal}): extra schedule data and the calendar policies. A picocli mixin.
 */
public final class CalendarOptions {
    @Option(
            names = "--schedule",
            paramLabel = "FILE",
            description = "an extra national schedule file (a new year or a correction); repeatable")
    List<Path> schedules = new ArrayList<>();

    @Option(
            names = "--region",
            paramLabel = "FILE",
            description = "a regional overlay schedule file (放假办法 art. 4); repeatable")
    List<Path> regions = new ArrayList<>();

    @Option(
            names = "--assume-plain-weekends",
            description = "outside the official data, assume plain weekends instead of failing (said in every answer)")
    boolean assumePlainWeekends;

    @Option(
            names = "--assume-statutory-holidays",
            description = "outside the official data (after it, to 2050), assume weekends and the statutory holidays of"
                    + " 全国年节及纪念日放假办法 art. 2 as rest days, no make-up workdays (said in every answer);"
                    + " excludes --assume-plain-weekends")
    boolean assumeStatutoryHolidays;

    @Option(
            names = "--makeup-workdays",
            paramLabel = "working|rest",
            description = "whether make-up workdays count as working days (default: working)")
    String makeup = "working";

    /** Creates the options with their defaults (picocli fills them in). */
    public CalendarOptions() {}

    /**
     * The official calendar with the files and policies given.
     *
     * @return the calendar
     * @throws IOException if a schedule file cannot be read
     */
    public ChinaCalendar calendar() throws IOException {
        ChinaCalendar cal = ChinaCalendar.official();
        for (Path p : schedules) {
            cal = cal.with(HolidaySchedule.read(p));
        }
        for (Path p : regions) {
            cal = cal.withRegion(HolidaySchedule.read(p));
        }
        if (assumePlainWeekends && assumeStatutoryHolidays) {
            throw new io.github.zhifa.cli.UsageException(
                    "--assume-plain-weekends and --assume-statutory-holidays are mutually exclusive");
        }
        if (assumePlainWeekends) {
            cal = cal.withOutsideCoveragePolicy(OutsideCoveragePolicy.ASSUME_PLAIN_WEEKENDS);
        }
        if (assumeStatutoryHolidays) {
            cal = cal.withOutsideCoveragePolicy(OutsideCoveragePolicy.ASSUME_STATUTORY_HOLIDAYS);
        }
        switch (makeup) {
            case "working" -> cal = cal.withMakeupWorkdayPolicy(MakeupWorkdayPolicy.WORKING);
            case "rest" -> cal = cal.withMakeupWorkdayPolicy(MakeupWorkdayPolicy.REST);
            default -> throw new io.github.zhifa.cli.UsageException(
                    "--makeup-workdays must be 'working' or 'rest', not '" + makeup + "'");
        }
        return cal;
    }
}
