package io.github.zhifa.calendar;

/**
 * How make-up workdays (调休上班: a Saturday or Sunday worked instead of a moved rest day) count in working-day
 * arithmetic.
 *
 * <p>No authoritative text says whether a make-up workday is a 工作日 for a legal period; every peer library and
 * common practice count it, so {@link #WORKING} is the default. See {@code calendar/README.md}.
 */
public enum MakeupWorkdayPolicy {
    /** A make-up workday is a working day (the default). */
    WORKING,
    /** A make-up workday stays a rest day, as an ordinary weekend would be. */
    REST
}
