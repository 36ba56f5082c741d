package io.github.zhifa.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The years a calendar has official data for, each with the notice(s) it comes from. Immutable.
 *
 * @param firstYear the first covered year
 * @param lastYear the last covered year (coverage is contiguous)
 * @param years one entry per covered year, in order
 * @param outsidePolicy what the calendar does outside these years
 */
public record Coverage(int firstYear, int lastYear, List<CoveredYear> years, OutsideCoveragePolicy outsidePolicy) {

    /**
     * Checks and copies the components.
     *
     * @param firstYear the first covered year
     * @param lastYear the last covered year
     * @param years the covered years
     * @param outsidePolicy the policy outside coverage
     */
    public Coverage {
        years = List.copyOf(years);
        Objects.requireNonNull(outsidePolicy, "outsidePolicy");
    }

    /**
     * Whether a year is covered by official data.
     *
     * @param year the year
     * @return true if covered
     */
    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /**
     * Whether a date is covered by official data.
     *
     * @param date the date
     * @return true if covered
     */
    public boolean contains(LocalDate date) {
        return contains(date.getYear());
    }

    /**
     * One covered year. Immutable.
     *
     * @param year the year
     * @param notices the notices that fix the year's schedule, the main notice first (e.g. the 2020 schedule and the
     *     notice extending its Spring Festival)
     * @param checked how the data was checked: {@code text} (compared with a reprint of the notice text, number read
     *     there), {@code dates} (dates compared, number not seen) or {@code no} (not compared with the text; see
     *     {@code calendar/README.md})
     * @param source where the year was defined (schedule source and line)
     */
    public record CoveredYear(int year, List<String> notices, String checked, String source) {
        /**
         * Checks and copies the components.
         *
         * @param year the year
         * @param notices the notices
         * @param checked how it was checked
         * @param source where it was defined
         */
        public CoveredYear {
            notices = List.copyOf(notices);
            Objects.requireNonNull(checked, "checked");
            Objects.requireNonNull(source, "source");
        }
    }
}
