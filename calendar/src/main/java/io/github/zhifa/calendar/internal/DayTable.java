package io.github.zhifa.calendar.internal;

import io.github.zhifa.calendar.CalendarDataUnavailableException;
import io.github.zhifa.calendar.DayInfo;
import io.github.zhifa.calendar.DayKind;
import io.github.zhifa.calendar.HolidayBlock;
import io.github.zhifa.calendar.MakeupWorkdayPolicy;
import io.github.zhifa.calendar.OutsideCoveragePolicy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The precomputed day table behind {@code ChinaCalendar}: one entry per covered day, a prefix count of working days
 * and the index of every working day, so that every query is O(1) and allocates nothing inside coverage. Immutable
 * after construction, therefore thread-safe.
 *
 * <p>Outside coverage the table either throws, or under {@code ASSUME_PLAIN_WEEKENDS} extends the count with plain
 * Monday–Friday weeks by formula (still O(1)), or under {@code ASSUME_STATUTORY_HOLIDAYS} precomputes the years after
 * coverage up to {@link StatutoryHolidays#LAST_YEAR} as assumed days (weekends and the statutory holidays of art. 2,
 * no make-up workdays) and throws beyond them and before coverage.
 */
public final class DayTable {
    /** Epoch day of 1970-01-05, a Monday: the origin of the weekday count. */
    private static final long MONDAY = 4;

    private final int firstYear;
    private final int lastYear;
    private final long start;
    private final int size;
    /** Days of the official part ({@code [start, start + officialSize)}); the rest of the table is assumed. */
    private final int officialSize;
    /** The last year of the table: {@code lastYear}, or the statutory-holiday horizon when assumed. */
    private final int tableLastYear;
    /** {@code cum[i]} = working days in {@code [start, start + i)}. */
    private final int[] cum;
    /** {@code workIdx[k]} = offset of the k-th working day (0-based). */
    private final int[] workIdx;

    private final DayInfo[] infos;
    private final boolean assumePlainWeekends;

    /**
     * Builds the table. Blocks must already be checked for conflicts.
     *
     * @param firstYear the first covered year
     * @param lastYear the last covered year
     * @param blocks all blocks (national and regional); days outside the covered years are ignored
     * @param policy how make-up workdays count
     * @param outside what to answer outside coverage
     */
    public DayTable(
            int firstYear,
            int lastYear,
            List<HolidayBlock> blocks,
            MakeupWorkdayPolicy policy,
            OutsideCoveragePolicy outside) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.assumePlainWeekends = outside == OutsideCoveragePolicy.ASSUME_PLAIN_WEEKENDS;
        boolean statutory = outside == OutsideCoveragePolicy.ASSUME_STATUTORY_HOLIDAYS;
        this.tableLastYear = statutory ? Math.max(lastYear, StatutoryHolidays.LAST_YEAR) : lastYear;
        this.start = LocalDate.of(firstYear, 1, 1).toEpochDay();
        this.officialSize = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - start);
        this.size = (int) (LocalDate.of(tableLastYear + 1, 1, 1).toEpochDay() - start);
        this.infos = new DayInfo[size];
        for (int i = 0; i < size; i++) {
            LocalDate d = LocalDate.ofEpochDay(start + i);
            boolean weekend = isWeekend(d);
            boolean assumed = i >= officialSize;
            infos[i] = new DayInfo(
                    d,
                    weekend ? DayKind.WEEKEND : DayKind.WORKDAY,
                    !weekend,
                    "",
                    false,
                    assumed ? DayInfo.STATUTORY_ASSUMPTION : "",
                    assumed);
        }
        for (int y = lastYear + 1; y <= tableLastYear; y++) {
            for (Map.Entry<LocalDate, String> e : StatutoryHolidays.days(y).entrySet()) {
                int i = (int) (e.getKey().toEpochDay() - start);
                infos[i] = new DayInfo(
                        e.getKey(), DayKind.HOLIDAY, false, e.getValue(), true, DayInfo.STATUTORY_ASSUMPTION, true);
            }
        }
        for (HolidayBlock b : blocks) {
            for (LocalDate d = b.first(); !d.isAfter(b.last()); d = d.plusDays(1)) {
                int i = offset(d);
                if (i >= 0) {
                    infos[i] = new DayInfo(
                            d,
                            DayKind.HOLIDAY,
                            false,
                            b.name(),
                            b.statutoryDays().contains(d),
                            b.notice(),
                            false);
                }
            }
            for (LocalDate d : b.makeupWorkdays()) {
                int i = offset(d);
                if (i >= 0) {
                    infos[i] = new DayInfo(
                            d,
                            DayKind.MAKEUP_WORKDAY,
                            policy == MakeupWorkdayPolicy.WORKING,
                            b.name(),
                            false,
                            b.notice(),
                            false);
                }
            }
        }
        this.cum = new int[size + 1];
        for (int i = 0; i < size; i++) {
            cum[i + 1] = cum[i] + (infos[i].workingDay() ? 1 : 0);
        }
        this.workIdx = new int[cum[size]];
        for (int i = 0, k = 0; i < size; i++) {
            if (infos[i].workingDay()) {
                workIdx[k++] = i;
            }
        }
    }

    /** The offset of a date in the official part of the table, or -1. */
    private int offset(LocalDate d) {
        long i = d.toEpochDay() - start;
        return i >= 0 && i < officialSize ? (int) i : -1;
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    /**
     * The first covered year.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * The last covered year.
     *
     * @return the year
     */
    public int lastYear() {
        return lastYear;
    }

    private CalendarDataUnavailableException unavailable(int year) {
        return new CalendarDataUnavailableException(year, firstYear, lastYear);
    }

    /** Throws for a date outside the table unless plain weekends are assumed. */
    private long checked(LocalDate date) {
        long e = date.toEpochDay();
        if ((e < start || e >= start + size) && !assumePlainWeekends) {
            throw unavailable(date.getYear());
        }
        return e;
    }

    /**
     * Whether a date is a working day.
     *
     * @param date the date
     * @return true for a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        long e = checked(date);
        long i = e - start;
        if (i >= 0 && i < size) {
            return cum[(int) i + 1] != cum[(int) i];
        }
        return !isWeekend(date);
    }

    /**
     * The day's information.
     *
     * @param date the date
     * @return the information (the shared precomputed instance inside coverage)
     */
    public DayInfo dayInfo(LocalDate date) {
        long e = checked(date);
        long i = e - start;
        if (i >= 0 && i < size) {
            return infos[(int) i];
        }
        boolean weekend = isWeekend(date);
        return new DayInfo(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, !weekend, "", false, "", true);
    }

    /** Weekdays in {@code [MONDAY, x)} (negative before it). */
    private static long weekdaysBefore(long x) {
        long t = x - MONDAY;
        return Math.floorDiv(t, 7) * 5 + Math.min(Math.floorMod(t, 7), 5);
    }

    /** The epoch day of the j-th weekday counted from MONDAY (0-based, may be negative). */
    private static long weekday(long j) {
        return MONDAY + Math.floorDiv(j, 5) * 7 + Math.floorMod(j, 5);
    }

    /** Working days in {@code [start, x)} (negative before start); x outside coverage only when allowed. */
    private long w(long x) {
        long i = x - start;
        if (i >= 0 && i <= size) {
            return cum[(int) i];
        }
        if (i > size) {
            return cum[size] + weekdaysBefore(x) - weekdaysBefore(start + size);
        }
        return -(weekdaysBefore(start) - weekdaysBefore(x));
    }

    /** The k-th working day (0-based from start, may be negative or past the table). */
    private LocalDate nth(long k) {
        int total = cum[size];
        if (k >= 0 && k < total) {
            return infos[workIdx[(int) k]].date();
        }
        if (!assumePlainWeekends) {
            throw unavailable(k < 0 ? firstYear - 1 : tableLastYear + 1);
        }
        long day =
                k >= total ? weekday(weekdaysBefore(start + size) + (k - total)) : weekday(weekdaysBefore(start) + k);
        return LocalDate.ofEpochDay(day);
    }

    /**
     * The n-th working day after a date (n may be negative or zero).
     *
     * @param date the date (not counted)
     * @param n the count
     * @return the date
     */
    public LocalDate plus(LocalDate date, long n) {
        long e = checked(date);
        if (n == 0) {
            return date;
        }
        if (n > 0) {
            return nth(w(e + 1) + n - 1);
        }
        return nth(w(e) + n);
    }

    /**
     * Working days in {@code [a, b)}.
     *
     * @param a first date counted
     * @param b first date not counted
     * @return the count, negative if b is before a
     */
    public long between(LocalDate a, LocalDate b) {
        long ea = a.toEpochDay();
        long eb = b.toEpochDay();
        if (!assumePlainWeekends) {
            long lo = Math.min(ea, eb);
            long hi = Math.max(ea, eb);
            if (lo < start) {
                throw unavailable(LocalDate.ofEpochDay(lo).getYear());
            }
            if (hi > start + size) {
                throw unavailable(lo >= start + size ? LocalDate.ofEpochDay(lo).getYear() : tableLastYear + 1);
            }
        }
        return w(eb) - w(ea);
    }
}
