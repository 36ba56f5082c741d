package io.github.zhifa.calendar;

/**
 * A schedule file could not be read: it breaks the documented format (code {@code ZHIFA-CAL-002}). The message names
 * the source and line.
 */
public class ScheduleFormatException extends CalendarException {
    private static final long serialVersionUID = 1L;

    /** The stable machine code of this error. */
    public static final String CODE = "ZHIFA-CAL-002";

    /** The source name and line, e.g. {@code extra-2027.schedule:12}. */
    private final String location;

    /**
     * Creates the exception.
     *
     * @param location the source name and line, e.g. {@code extra-2027.schedule:12}
     * @param message what is wrong
     */
    public ScheduleFormatException(String location, String message) {
        super(CODE, location + ": " + message, "放假安排文件格式错误（" + location + "）：" + message);
        this.location = location;
    }

    /**
     * Where the problem is.
     *
     * @return the source name and line
     */
    public String location() {
        return location;
    }
}
