package io.github.zhifa.calendar;

/**
 * A question was asked about a date the calendar has no official data for (code {@code ZHIFA-CAL-001}).
 *
 * <p>Knows the year asked for and the years covered, so that a caller can say exactly what is missing.
 */
public class CalendarDataUnavailableException extends CalendarException {
    private static final long serialVersionUID = 1L;

    /** The stable machine code of this error. */
    public static final String CODE = "ZHIFA-CAL-001";

    /** The year asked for. */
    private final int year;
    /** The first covered year. */
    private final int firstCoveredYear;
    /** The last covered year. */
    private final int lastCoveredYear;

    /**
     * Creates the exception.
     *
     * @param year the year asked for
     * @param firstCoveredYear the first year the calendar covers
     * @param lastCoveredYear the last year the calendar covers
     */
    public CalendarDataUnavailableException(int year, int firstCoveredYear, int lastCoveredYear) {
        super(
                CODE,
                "no official working-day data for " + year + "; the calendar covers " + firstCoveredYear + "–"
                        + lastCoveredYear,
                "没有" + year + "年的官方放假安排数据；日历覆盖" + firstCoveredYear + "–" + lastCoveredYear + "年");
        this.year = year;
        this.firstCoveredYear = firstCoveredYear;
        this.lastCoveredYear = lastCoveredYear;
    }

    /**
     * The year asked for.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * The first covered year.
     *
     * @return the first year with data
     */
    public int firstCoveredYear() {
        return firstCoveredYear;
    }

    /**
     * The last covered year.
     *
     * @return the last year with data
     */
    public int lastCoveredYear() {
        return lastCoveredYear;
    }
}
