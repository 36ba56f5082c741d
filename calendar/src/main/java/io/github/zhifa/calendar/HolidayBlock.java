package io.github.zhifa.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One holiday block of a schedule: a run of rest days (放假调休) with its statutory days and its make-up workdays.
 * Immutable.
 *
 * @param year the schedule year the block belongs to (a block may start in the previous calendar year)
 * @param name the holiday's name, e.g. {@code 国庆节}
 * @param first the first rest day
 * @param last the last rest day
 * @param statutoryDays the statutory holidays inside the block (法定节假日); other weekdays of the block are moved rest
 *     days, other Saturdays and Sundays ordinary weekends inside the block
 * @param makeupWorkdays the Saturdays and Sundays worked for this block (调休上班)
 * @param notice the notice that fixes the block
 * @param source where the block was defined (schedule source and line)
 */
public record HolidayBlock(
        int year,
        String name,
        LocalDate first,
        LocalDate last,
        List<LocalDate> statutoryDays,
        List<LocalDate> makeupWorkdays,
        String notice,
        String source) {

    /**
     * Checks and copies the components.
     *
     * @param year the schedule year
     * @param name the name
     * @param first the first rest day
     * @param last the last rest day
     * @param statutoryDays the statutory days
     * @param makeupWorkdays the make-up workdays
     * @param notice the notice
     * @param source the source
     */
    public HolidayBlock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        statutoryDays = List.copyOf(statutoryDays);
        makeupWorkdays = List.copyOf(makeupWorkdays);
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(source, "source");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last before first: " + first + ".." + last);
        }
    }

    /**
     * Whether a date is one of the block's rest days.
     *
     * @param date the date
     * @return true if inside {@code first..last}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
