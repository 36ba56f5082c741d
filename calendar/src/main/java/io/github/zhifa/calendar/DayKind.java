package io.github.zhifa.calendar;

/** What kind of day a date is in the working-day calendar. */
public enum DayKind {
    /** An ordinary Monday–Friday working day. */
    WORKDAY,
    /** An ordinary Saturday or Sunday, outside any holiday block. */
    WEEKEND,
    /**
     * A rest day of a holiday block (放假调休): a statutory holiday, a moved rest day (调休/补休), or a Saturday or Sunday
     * inside the block. {@link DayInfo#statutory()} tells the statutory ones apart.
     */
    HOLIDAY,
    /** A Saturday or Sunday worked instead of a moved rest day (调休上班). */
    MAKEUP_WORKDAY;

    /**
     * The lower-case label used by the command line and JSON: {@code workday}, {@code weekend}, {@code holiday},
     * {@code makeup-workday}.
     *
     * @return the label
     */
    public String label() {
        return switch (this) {
            case WORKDAY -> "workday";
            case WEEKEND -> "weekend";
            case HOLIDAY -> "holiday";
            case MAKEUP_WORKDAY -> "makeup-workday";
        };
    }
}
