package io.github.zhifa.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A run of consecutive rest days of the same kind and name that a legal period stepped over. Immutable.
 *
 * @param first the first rest day of the run
 * @param last the last rest day of the run
 * @param kind {@link DayKind#WEEKEND}, {@link DayKind#HOLIDAY} or {@link DayKind#MAKEUP_WORKDAY} (under
 *     {@link MakeupWorkdayPolicy#REST})
 * @param name the holiday's name, or the empty string for a weekend
 * @param assumed whether the run is outside the official data and assumed (see {@link OutsideCoveragePolicy})
 */
public record SkippedDays(LocalDate first, LocalDate last, DayKind kind, String name, boolean assumed) {

    /**
     * Checks the components.
     *
     * @param first the first day
     * @param last the last day
     * @param kind the kind
     * @param name the name or empty
     * @param assumed whether assumed
     */
    public SkippedDays {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The number of days in the run.
     *
     * @return the length
     */
    public int length() {
        return (int) (last.toEpochDay() - first.toEpochDay() + 1);
    }

    /**
     * The run as text: {@code 2024-10-01..07 国庆节}, {@code 2024-09-28 weekend}, {@code 2027-01-01 元旦 (assumed)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String what = kind == DayKind.WEEKEND ? "weekend" : name;
        return Deadline.range(first, last) + " " + what + (assumed && kind == DayKind.HOLIDAY ? " (assumed)" : "");
    }
}
