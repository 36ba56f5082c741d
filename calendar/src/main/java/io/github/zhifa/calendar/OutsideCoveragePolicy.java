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
    ASSUME_PLAIN_WEEKENDS,
    /**
     * Assume, for the years after coverage up to 2050, that the rest days are the weekends and the statutory holidays
     * that 全国年节及纪念日放假办法 art. 2 (2024 text, in force from 2025-01-01) fixes in advance: 元旦 1-1; 春节 农历除夕
     * and 正月初一–初三; 清明节 (the 清明 solar term); 劳动节 5-1, 5-2; 端午节 (农历五月初五); 中秋节 (农历八月十五); 国庆节
     * 10-1..10-3. No bridging rest days and no make-up workdays are assumed (only the yearly notice fixes those), so an
     * answer around 春节 or 国庆节 can be off by several days. The lunar dates come from a bundled table (2025–2050).
     * Every {@link DayInfo} (its {@code notice} is {@link DayInfo#STATUTORY_ASSUMPTION}) and every {@link Deadline}
     * explanation that relied on the assumption says so. Before coverage and after 2050 the calendar refuses like
     * {@link #STRICT}.
     */
    ASSUME_STATUTORY_HOLIDAYS
}
