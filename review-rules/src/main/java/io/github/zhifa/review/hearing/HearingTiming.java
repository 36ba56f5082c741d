package io.github.zhifa.review.hearing;

import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.LegalPeriod;
import io.github.zhifa.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The time limits of a hearing (行政处罚法 art. 64), in working days because art. 85 says the law's "五日" and "七日"
 * are working days, excluding statutory holidays:
 *
 * <ul>
 *   <li>the party asks for a hearing within 5 working days after being told of the right (art. 64 (1)): the period
 *       starts the day after the notice, and ends on the 5th working day;
 *   <li>the agency notifies the party of the hearing's time and place at least 7 working days before it (art. 64
 *       (2)): the notice day N0 is in time if {@code plusWorkingDays(N0, 7) <= hearing day}.
 * </ul>
 *
 * <pre>{@code
 * HearingTiming t = HearingTiming.official();
 * t.requestDeadline(LocalDate.of(2024, 9, 27)).end();       // 2024-10-10 (国庆节 skipped, 09-29 worked)
 * t.noticeDeadline(LocalDate.of(2024, 10, 18)).end();       // latest day to notify
 * }</pre>
 *
 * <p>Immutable and thread-safe if the calendar is.
 */
public final class HearingTiming {
    /** Working days the party has to ask for a hearing (art. 64 (1)). */
    public static final int REQUEST_WORKING_DAYS = 5;

    /** Working days of notice before the hearing (art. 64 (2)). */
    public static final int NOTICE_WORKING_DAYS = 7;

    private static final LegalPeriod REQUEST = LegalPeriod.workingDays(REQUEST_WORKING_DAYS);
    private static final LegalPeriod NOTICE = LegalPeriod.workingDays(NOTICE_WORKING_DAYS);

    private final WorkingDayCalendar calendar;

    private HearingTiming(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Timing on the official national calendar.
     *
     * @return the timing
     */
    public static HearingTiming official() {
        return new HearingTiming(ChinaCalendar.official());
    }

    /**
     * Timing on a given calendar (e.g. with a regional overlay).
     *
     * @param calendar the calendar
     * @return the timing
     */
    public static HearingTiming on(WorkingDayCalendar calendar) {
        return new HearingTiming(calendar);
    }

    /**
     * The last day the party may ask for a hearing.
     *
     * @param toldOfRight the day the party was told of the right
     * @return the deadline, with its explanation
     * @throws io.github.zhifa.calendar.CalendarDataUnavailableException if the dates are outside the calendar
     */
    public Deadline requestDeadline(LocalDate toldOfRight) {
        return REQUEST.after(toldOfRight, calendar);
    }

    /**
     * Whether a request for a hearing was in time.
     *
     * @param toldOfRight the day the party was told of the right
     * @param requestedOn the day the party asked
     * @return true if on or before the 5th working day after the notice
     */
    public boolean requestInTime(LocalDate toldOfRight, LocalDate requestedOn) {
        return requestDeadline(toldOfRight).isMetBy(requestedOn);
    }

    /**
     * The latest day to notify the party of the hearing's time and place.
     *
     * @param hearing the day of the hearing
     * @return the deadline, with its explanation (its end may be a rest day; see
     *     {@link Deadline#latestWorkingDay(WorkingDayCalendar)})
     */
    public Deadline noticeDeadline(LocalDate hearing) {
        return NOTICE.noticeBefore(hearing, calendar);
    }

    /**
     * Whether the notice of a hearing was in time.
     *
     * @param noticeOn the day the party was notified
     * @param hearing the day of the hearing
     * @return true if {@code plusWorkingDays(noticeOn, 7) <= hearing}
     */
    public boolean noticeInTime(LocalDate noticeOn, LocalDate hearing) {
        return noticeDeadline(hearing).isMetBy(noticeOn);
    }

    /**
     * The earliest day a hearing may be held after notifying the party on a day.
     *
     * @param noticeOn the day of the notice
     * @return {@code plusWorkingDays(noticeOn, 7)}
     */
    public LocalDate earliestHearing(LocalDate noticeOn) {
        return calendar.plusWorkingDays(noticeOn, NOTICE_WORKING_DAYS);
    }
}
