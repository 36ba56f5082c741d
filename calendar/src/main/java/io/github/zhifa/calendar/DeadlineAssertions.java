package io.github.zhifa.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One-line assertions of deadline compliance for users' test suites (JUnit, TestNG, plain Java: failures are
 * {@link AssertionError}s with a readable message).
 *
 * <pre>{@code
 * DeadlineAssertions.assertWithinWorkingDays("published", decided, 7, published);
 * // AssertionError: published 2024-10-14, 1 working day after the deadline 2024-10-12 (7 working days after
 * // 2024-09-27; skipped 2024-10-01..07 国庆节 and 1 weekend day (2024-09-28); make-up workdays counted: ...)
 * }</pre>
 */
public final class DeadlineAssertions {
    private DeadlineAssertions() {}

    /**
     * Asserts, on the official calendar, that {@code actual} is within {@code n} working days after {@code start}.
     *
     * @param action what was done, for the message (e.g. {@code "published"})
     * @param start the start date (not counted), e.g. the date of the decision
     * @param n the number of working days
     * @param actual the date it was done
     * @throws AssertionError if {@code actual} is after the deadline or before the start
     */
    public static void assertWithinWorkingDays(String action, LocalDate start, int n, LocalDate actual) {
        assertWithin(ChinaCalendar.official(), action, LegalPeriod.workingDays(n), start, actual);
    }

    /**
     * Asserts that {@code actual} is within {@code period} after {@code start} on the given calendar.
     *
     * @param calendar the calendar
     * @param action what was done, for the message (e.g. {@code "withdrawn"})
     * @param period the period
     * @param start the start date (not counted)
     * @param actual the date it was done
     * @throws AssertionError if {@code actual} is after the deadline or before the start
     */
    public static void assertWithin(
            WorkingDayCalendar calendar, String action, LegalPeriod period, LocalDate start, LocalDate actual) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(actual, "actual");
        if (actual.isBefore(start)) {
            throw new AssertionError(action + " " + actual + ", before the start date " + start);
        }
        Deadline d = period.after(start, calendar);
        if (d.isMetBy(actual)) {
            return;
        }
        String late;
        if (period.unit() == LegalPeriod.Unit.WORKING_DAYS) {
            int w = calendar.workingDaysBetween(d.end().plusDays(1), actual.plusDays(1));
            late = w + (w == 1 ? " working day" : " working days");
        } else {
            long c = actual.toEpochDay() - d.end().toEpochDay();
            late = c + (c == 1 ? " day" : " days");
        }
        throw new AssertionError(
                action + " " + actual + ", " + late + " after the deadline " + d.end() + " (" + d.summary() + ")");
    }

    /**
     * Asserts, on the official calendar, that notice given on {@code noticeDay} is at least {@code n} working days
     * before {@code event} ({@code plusWorkingDays(noticeDay, n) <= event}).
     *
     * @param action what was done, for the message (e.g. {@code "notified"})
     * @param noticeDay the day notice was given
     * @param n the number of working days' notice required
     * @param event the date of the event
     * @throws AssertionError if the notice was late
     */
    public static void assertNoticeGiven(String action, LocalDate noticeDay, int n, LocalDate event) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(noticeDay, "noticeDay");
        Objects.requireNonNull(event, "event");
        ChinaCalendar cal = ChinaCalendar.official();
        Deadline d = LegalPeriod.workingDays(n).noticeBefore(event, cal);
        if (!d.isMetBy(noticeDay)) {
            int given = cal.workingDaysBetween(noticeDay.plusDays(1), event.plusDays(1));
            throw new AssertionError(action + " " + noticeDay + ", only " + given + " working day(s) before " + event
                    + "; the latest day was " + d.end() + " (" + d.summary() + ")");
        }
    }
}
