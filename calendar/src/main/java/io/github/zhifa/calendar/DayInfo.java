package io.github.zhifa.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the calendar knows about one date. Immutable.
 *
 * @param date the date
 * @param kind the kind of day
 * @param workingDay whether the date counts as a working day under the calendar's policies (a make-up workday counts
 *     by default, see {@link MakeupWorkdayPolicy})
 * @param name the holiday's name for {@link DayKind#HOLIDAY} and {@link DayKind#MAKEUP_WORKDAY} (e.g. {@code 国庆节}),
 *     the empty string for plain days
 * @param statutory whether the date is a statutory holiday (法定节假日) under the 全国年节及纪念日放假办法 in force, as
 *     opposed to a moved rest day or a weekend inside a holiday block
 * @param notice the notice that fixes the day (e.g. {@code 国办发明电〔2023〕7号}), the empty string for plain days;
 *     for every day assumed under {@link OutsideCoveragePolicy#ASSUME_STATUTORY_HOLIDAYS} (holiday, weekend or
 *     working day alike) the rule the assumption rests on, {@link #STATUTORY_ASSUMPTION}
 * @param assumed whether the answer is an assumption for a date outside the official data, made only under
 *     {@link OutsideCoveragePolicy#ASSUME_PLAIN_WEEKENDS} (plain weekends, {@code notice} empty) or
 *     {@link OutsideCoveragePolicy#ASSUME_STATUTORY_HOLIDAYS} (weekends and the statutory holidays of the
 *     放假办法 art. 2, {@code notice} {@link #STATUTORY_ASSUMPTION})
 */
public record DayInfo(
        LocalDate date,
        DayKind kind,
        boolean workingDay,
        String name,
        boolean statutory,
        String notice,
        boolean assumed) {

    /**
     * The {@code notice} of a day assumed under {@link OutsideCoveragePolicy#ASSUME_STATUTORY_HOLIDAYS}: the article
     * that fixes the statutory holidays in advance, {@code 全国年节及纪念日放假办法（2024年修订）第二条（推定）}.
     */
    public static final String STATUTORY_ASSUMPTION = "全国年节及纪念日放假办法（2024年修订）第二条（推定）";

    /**
     * Checks the components.
     *
     * @param date the date
     * @param kind the kind of day
     * @param workingDay whether it is a working day
     * @param name the holiday name or empty
     * @param statutory whether it is a statutory holiday
     * @param notice the notice or empty
     * @param assumed whether the answer is an assumption
     */
    public DayInfo {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notice, "notice");
    }

    /**
     * A plain day (ordinary workday or weekend) by the day of the week alone.
     *
     * @param date the date
     * @param assumed whether this is an assumption outside the official data
     * @return the plain day
     */
    static DayInfo plain(LocalDate date, boolean assumed) {
        boolean weekend = isWeekend(date.getDayOfWeek());
        return new DayInfo(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, !weekend, "", false, "", assumed);
    }

    static boolean isWeekend(DayOfWeek d) {
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /**
     * Whether the date is a moved rest day (调休/补休): a Monday–Friday of a holiday block that is not a statutory
     * holiday. A Saturday or Sunday inside a block is neither statutory nor moved.
     *
     * @return true for a moved rest day
     */
    public boolean movedRestDay() {
        return kind == DayKind.HOLIDAY && !statutory && !isWeekend(date.getDayOfWeek());
    }

    /**
     * Whether the day was assumed under {@link OutsideCoveragePolicy#ASSUME_STATUTORY_HOLIDAYS}.
     *
     * @return true if assumed from the 放假办法 art. 2
     */
    public boolean assumedStatutory() {
        return assumed && STATUTORY_ASSUMPTION.equals(notice);
    }

    /**
     * A short English description, e.g. {@code "rest day, 国庆节 (statutory holiday)"} or
     * {@code "working day, make-up workday for 国庆节"}.
     *
     * @return the description
     */
    public String describe() {
        String base =
                switch (kind) {
                    case WORKDAY -> "working day";
                    case WEEKEND -> "rest day, weekend";
                    case HOLIDAY -> "rest day, " + name
                            + (statutory
                                    ? " (statutory holiday)"
                                    : movedRestDay() ? " (moved rest day)" : " (weekend)");
                    case MAKEUP_WORKDAY -> (workingDay ? "working day" : "rest day (make-up workdays counted as rest)")
                            + ", make-up workday for " + name;
                };
        if (!assumed) {
            return base;
        }
        if (STATUTORY_ASSUMPTION.equals(notice)) {
            return base + " [assumed: no official schedule for " + date.getYear()
                    + ", weekends and the statutory holidays of 全国年节及纪念日放假办法 art. 2 (2024 text) assumed,"
                    + " no bridging rest days or make-up workdays]";
        }
        return base + " [assumed: no official schedule for " + date.getYear() + ", plain weekends assumed]";
    }
}
