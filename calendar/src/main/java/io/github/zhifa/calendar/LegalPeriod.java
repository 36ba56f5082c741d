package io.github.zhifa.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal time limit (期间) of the kind Chinese administrative law sets, and its arithmetic. Immutable.
 *
 * <p>Counting conventions (DESIGN.md; 民法典 arts. 200–204; 行政处罚法 art. 85, 行政许可法 art. 82, 行政强制法 art. 69):
 *
 * <ul>
 *   <li>the start day is not counted (民法典 art. 201);
 *   <li>{@link #workingDays(int) N working days} after D ends on the N-th working day after D: statutory holidays,
 *       moved rest days and weekends are skipped, make-up workdays count (by default, see
 *       {@link MakeupWorkdayPolicy}). Example: a decision on 2024-09-27 published within 7 working days — last day
 *       2024-10-12, a Saturday make-up workday (2024-09-29 counts; 2024-09-28 and 2024-10-01..07 国庆节 are skipped);
 *   <li>{@link #calendarDays(int) N calendar days} after D ends on D + N; if that is a rest day, on the first
 *       working day after it (民法典 art. 203). Example: 10 days after 2024-09-21 is 2024-10-01 (国庆节), extended to
 *       2024-10-08;
 *   <li>{@link #months(int) N months} / {@link #years(int) N years} after D end on the corresponding day of the
 *       final month, or that month's last day if there is none (art. 202), then the same extension. Example: 1 month
 *       after 2024-01-31 is 2024-02-29;
 *   <li>{@link #noticeBefore(LocalDate, WorkingDayCalendar) at least N working days before X}: the latest notice day
 *       N0 with {@code plusWorkingDays(N0, N) <= X}. Example: at least 5 working days before an inspection on
 *       2024-10-09 — notice by 2024-09-26 (the 5 working days counted are 09-27, 09-29 (a Sunday make-up workday),
 *       09-30, 10-08 and 10-09).
 * </ul>
 */
public final class LegalPeriod {

    /** The unit of a legal period. */
    public enum Unit {
        /** Working days (工作日). */
        WORKING_DAYS,
        /** Calendar days (日), with the rest-day extension. */
        CALENDAR_DAYS,
        /** Months (月), with the rest-day extension. */
        MONTHS,
        /** Years (年), with the rest-day extension. */
        YEARS
    }

    private final Unit unit;
    private final int amount;

    private LegalPeriod(Unit unit, int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + amount);
        }
        this.unit = unit;
        this.amount = amount;
    }

    /**
     * N working days.
     *
     * @param n the number of working days, at least 0
     * @return the period
     */
    public static LegalPeriod workingDays(int n) {
        return new LegalPeriod(Unit.WORKING_DAYS, n);
    }

    /**
     * N calendar days, extended past rest days at the end.
     *
     * @param n the number of days, at least 0
     * @return the period
     */
    public static LegalPeriod calendarDays(int n) {
        return new LegalPeriod(Unit.CALENDAR_DAYS, n);
    }

    /**
     * N months, extended past rest days at the end.
     *
     * @param n the number of months, at least 0
     * @return the period
     */
    public static LegalPeriod months(int n) {
        return new LegalPeriod(Unit.MONTHS, n);
    }

    /**
     * N years, extended past rest days at the end.
     *
     * @param n the number of years, at least 0
     * @return the period
     */
    public static LegalPeriod years(int n) {
        return new LegalPeriod(Unit.YEARS, n);
    }

    /**
     * The unit.
     *
     * @return the unit
     */
    public Unit unit() {
        return unit;
    }

    /**
     * The amount.
     *
     * @return the number of units
     */
    public int amount() {
        return amount;
    }

    /**
     * The last day of this period after a start date, with its explanation.
     *
     * @param start the start date (not counted), e.g. the date of the decision
     * @param calendar the working-day calendar
     * @return the deadline
     * @throws CalendarDataUnavailableException if the answer needs data outside the calendar's coverage
     */
    public Deadline after(LocalDate start, WorkingDayCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        if (unit == Unit.WORKING_DAYS) {
            LocalDate end = calendar.plusWorkingDays(start, amount);
            return Deadline.of(this, Deadline.Direction.AFTER, start, end, null, calendar);
        }
        LocalDate nominal =
                switch (unit) {
                    case CALENDAR_DAYS -> start.plusDays(amount);
                    case MONTHS -> start.plusMonths(amount);
                    case YEARS -> start.plusYears(amount);
                    case WORKING_DAYS -> throw new AssertionError(unit);
                };
        LocalDate end = calendar.isWorkingDay(nominal) ? nominal : calendar.nextWorkingDay(nominal);
        return Deadline.of(this, Deadline.Direction.AFTER, start, end, nominal, calendar);
    }

    /**
     * The latest day to give notice of an event on {@code event} with at least this many working days' notice: the
     * latest N0 with {@code plusWorkingDays(N0, N) <= event}. The notice day itself is not counted; the event day
     * counts if it is a working day. The answer may be a rest day (notice given on a rest day still counts from it);
     * {@link Deadline#latestWorkingDay(WorkingDayCalendar)} gives the last working day on or before it.
     *
     * @param event the date of the event (e.g. an inspection or a hearing)
     * @param calendar the working-day calendar
     * @return the deadline for the notice
     * @throws IllegalStateException if this period is not in working days
     * @throws CalendarDataUnavailableException if the answer needs data outside the calendar's coverage
     */
    public Deadline noticeBefore(LocalDate event, WorkingDayCalendar calendar) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(calendar, "calendar");
        if (unit != Unit.WORKING_DAYS) {
            throw new IllegalStateException("advance notice is counted in working days, not " + this);
        }
        LocalDate noticeBy;
        if (amount == 0) {
            noticeBy = event;
        } else {
            LocalDate lastCounted = calendar.isWorkingDay(event) ? event : calendar.previousWorkingDay(event);
            noticeBy = calendar.minusWorkingDays(lastCounted, amount - 1).minusDays(1);
        }
        return Deadline.of(this, Deadline.Direction.NOTICE_BEFORE, event, noticeBy, null, calendar);
    }

    @Override
    public String toString() {
        String u =
                switch (unit) {
                    case WORKING_DAYS -> amount == 1 ? "working day" : "working days";
                    case CALENDAR_DAYS -> amount == 1 ? "calendar day" : "calendar days";
                    case MONTHS -> amount == 1 ? "month" : "months";
                    case YEARS -> amount == 1 ? "year" : "years";
                };
        return amount + " " + u;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegalPeriod p && p.unit == unit && p.amount == amount;
    }

    @Override
    public int hashCode() {
        return unit.hashCode() * 31 + amount;
    }
}
