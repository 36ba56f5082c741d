package io.github.zhifa.calendar;

/**
 * Two schedules (or two parts of one) say different or overlapping things about the same day or year (code
 * {@code ZHIFA-CAL-003}). Never merged silently: the message names both sources.
 */
public class ScheduleConflictException extends CalendarException {
    private static final long serialVersionUID = 1L;

    /** The stable machine code of this error. */
    public static final String CODE = "ZHIFA-CAL-003";

    /** The first source, e.g. {@code china-national.schedule:40}. */
    private final String firstSource;
    /** The second source. */
    private final String secondSource;

    /**
     * Creates the exception.
     *
     * @param message what conflicts
     * @param firstSource the source already loaded
     * @param secondSource the source that contradicts or overlaps it
     */
    public ScheduleConflictException(String message, String firstSource, String secondSource) {
        super(
                CODE,
                message + " (" + firstSource + " and " + secondSource + ")",
                "放假安排数据冲突（" + firstSource + " 与 " + secondSource + "）：" + message);
        this.firstSource = firstSource;
        this.secondSource = secondSource;
    }

    /**
     * The source already loaded.
     *
     * @return the source name and line
     */
    public String firstSource() {
        return firstSource;
    }

    /**
     * The source that contradicts or overlaps the first.
     *
     * @return the source name and line
     */
    public String secondSource() {
        return secondSource;
    }
}
