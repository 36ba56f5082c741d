/**
 * Working-day calendar ({@link io.github.zhifa.calendar.WorkingDayCalendar},
 * {@link io.github.zhifa.calendar.ChinaCalendar}) and legal periods ({@link io.github.zhifa.calendar.LegalPeriod},
 * {@link io.github.zhifa.calendar.Deadline}, {@link io.github.zhifa.calendar.DeadlineAssertions}).
 *
 * <p>Entry point: {@code ChinaCalendar.official()}, the State Council holiday schedules 2004–2026 bundled in the
 * {@link io.github.zhifa.calendar.HolidaySchedule} text format; new years, corrections and regional overlays load in
 * the same format. Every type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
package io.github.zhifa.calendar;
