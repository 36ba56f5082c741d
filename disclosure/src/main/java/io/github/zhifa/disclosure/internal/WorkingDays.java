package io.github.zhifa.disclosure.internal;

import java.time.LocalDate;

/** The one working-day question the deadline rules ask of the calendar. */
@FunctionalInterface
public interface WorkingDays {
    /**
     * The {@code n}-th working day after {@code date} (the date itself not counted).
     *
     * @param date the start
     * @param n the number of working days
     * @return the day
     */
    LocalDate plusWorkingDays(LocalDate date, int n);
}
