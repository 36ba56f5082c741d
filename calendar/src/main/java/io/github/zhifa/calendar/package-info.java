/**
 * Working-day calendar ({@code WorkingDayCalendar}, {@code ChinaCalendar}) and legal periods.
 *
 * <p>Every type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
package io.github.zhifa.calendar;
