package io.github.zhifa.calendar;

import java.time.LocalDate;

/**
 * A working-day calendar: which dates are working days, and arithmetic in working days.
 *
 * <p>Conventions (the same as {@code DESIGN.md}): the start day is never counted; {@code plusWorkingDays(d, n)} is the
 * {@code n}-th working day after {@code d}, whether or not {@code d} is itself a working day;
 * {@code workingDaysBetween(a, b)} counts the working days in {@code [a, b)}. A date the calendar has no data for
 * throws {@link CalendarDataUnavailableException} unless the calendar was explicitly told to assume something
 * ({@link OutsideCoveragePolicy}).
 *
 * <p>Implementations are immutable and thread-safe. Example with the official calendar:
 *
 * <pre>{@code
 * WorkingDayCalendar cal = ChinaCalendar.official();
 * cal.plusWorkingDays(LocalDate.of(2024, 9, 27), 7);   // 2024-10-12, a Saturday make-up workday
 * cal.isWorkingDay(LocalDate.of(2024, 10, 1));          // false, 国庆节
 * }</pre>
 */
public interface WorkingDayCalendar {

    /**
     * Whether a date is a working day.
     *
     * @param date the date
     * @return true for a working day
     * @throws CalendarDataUnavailableException if the date is outside coverage (strict calendars)
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * The first working day strictly after a date.
     *
     * @param date the date
     * @return the next working day
     * @throws CalendarDataUnavailableException if the answer needs data outside coverage (strict calendars)
     */
    LocalDate nextWorkingDay(LocalDate date);

    /**
     * The last working day strictly before a date.
     *
     * @param date the date
     * @return the previous working day
     * @throws CalendarDataUnavailableException if the answer needs data outside coverage (strict calendars)
     */
    LocalDate previousWorkingDay(LocalDate date);

    /**
     * The {@code n}-th working day after a date, the date itself not counted. {@code n = 0} gives the date itself;
     * a negative {@code n} counts backwards as {@link #minusWorkingDays(LocalDate, int)} does.
     *
     * <p>Example: {@code plusWorkingDays(2024-09-27, 7)} is 2024-10-12 (2024-09-29 and 2024-10-12 are make-up
     * workdays, 2024-10-01..07 is 国庆节).
     *
     * @param date the start date (not counted)
     * @param n the number of working days
     * @return the {@code n}-th working day after {@code date}
     * @throws CalendarDataUnavailableException if the answer needs data outside coverage (strict calendars)
     */
    LocalDate plusWorkingDays(LocalDate date, int n);

    /**
     * The {@code n}-th working day before a date, the date itself not counted. For a working day {@code d},
     * {@code minusWorkingDays(plusWorkingDays(d, n), n) == d}.
     *
     * @param date the start date (not counted)
     * @param n the number of working days
     * @return the {@code n}-th working day before {@code date}
     * @throws CalendarDataUnavailableException if the answer needs data outside coverage (strict calendars)
     */
    LocalDate minusWorkingDays(LocalDate date, int n);

    /**
     * The number of working days in {@code [startInclusive, endExclusive)}; negative if the end is before the start.
     * Additive: {@code between(a, b) + between(b, c) == between(a, c)}.
     *
     * @param startInclusive the first date counted
     * @param endExclusive the first date not counted
     * @return the number of working days
     * @throws CalendarDataUnavailableException if the range leaves coverage (strict calendars)
     */
    int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive);

    /**
     * What the calendar knows about a date: its kind, holiday name, statutory or not, and the notice.
     *
     * @param date the date
     * @return the day's information
     * @throws CalendarDataUnavailableException if the date is outside coverage (strict calendars)
     */
    DayInfo dayInfo(LocalDate date);

    /**
     * The years this calendar has official data for, with their notices.
     *
     * @return the coverage
     */
    Coverage coverage();
}
