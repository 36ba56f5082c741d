package io.github.zhifa.calendar;

/** What the calendar does with a date outside the years it has official data for. */
public enum OutsideCoveragePolicy {
    /**
     * Refuse: any question that needs a date outside coverage throws {@link CalendarDataUnavailableException}
     * (the default).
     */
    STRICT,
    /**
     * Assume plain weekends (Monday–Friday working, no holidays) outside coverage. Every {@link DayInfo} and every
     * {@link Deadline} explanation that relied on the assumption says so.
     */
    ASSUME_PLAIN_WEEKENDS
}
