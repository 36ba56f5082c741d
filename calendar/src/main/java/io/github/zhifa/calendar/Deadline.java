package io.github.zhifa.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The result of a {@link LegalPeriod}: the last day, and why — the rest days stepped over, the make-up workdays
 * counted, the rest-day extension, and any assumption made outside the official data. Immutable.
 *
 * <pre>{@code
 * Deadline d = LegalPeriod.workingDays(7).after(LocalDate.of(2024, 9, 27), ChinaCalendar.official());
 * d.end();          // 2024-10-12
 * d.explanation();  // "2024-10-12 (Saturday) is the last day: 7 working days after 2024-09-27, ...
 * }</pre>
 */
public final class Deadline {

    /** Which way the period runs. */
    public enum Direction {
        /** A period after a start date: {@link #end()} is its last day. */
        AFTER,
        /** Advance notice before an event: {@link #end()} is the latest notice day. */
        NOTICE_BEFORE
    }

    private final LegalPeriod period;
    private final Direction direction;
    private final LocalDate anchor;
    private final LocalDate end;
    private final LocalDate nominalEnd;
    private final List<SkippedDays> skipped;
    private final List<LocalDate> makeupWorkdaysCounted;
    private final List<Integer> assumedYears;
    private final boolean assumedStatutory;

    private Deadline(
            LegalPeriod period,
            Direction direction,
            LocalDate anchor,
            LocalDate end,
            LocalDate nominalEnd,
            List<SkippedDays> skipped,
            List<LocalDate> makeupWorkdaysCounted,
            List<Integer> assumedYears,
            boolean assumedStatutory) {
        this.period = period;
        this.direction = direction;
        this.anchor = anchor;
        this.end = end;
        this.nominalEnd = nominalEnd;
        this.skipped = List.copyOf(skipped);
        this.makeupWorkdaysCounted = List.copyOf(makeupWorkdaysCounted);
        this.assumedYears = List.copyOf(assumedYears);
        this.assumedStatutory = assumedStatutory;
    }

    static Deadline of(
            LegalPeriod period,
            Direction direction,
            LocalDate anchor,
            LocalDate end,
            LocalDate nominalEnd,
            WorkingDayCalendar calendar) {
        // The days the explanation walks: (anchor, end] after, (end, anchor] for notice.
        LocalDate from = direction == Direction.AFTER ? anchor.plusDays(1) : end.plusDays(1);
        LocalDate to = direction == Direction.AFTER ? end : anchor;
        if (period.unit() != LegalPeriod.Unit.WORKING_DAYS && nominalEnd != null) {
            from = nominalEnd; // calendar periods: only the extension past the nominal end is explained
        }
        List<SkippedDays> skipped = new ArrayList<>();
        List<LocalDate> makeups = new ArrayList<>();
        TreeSet<Integer> assumed = new TreeSet<>();
        boolean statutory = false;
        SkippedRunBuilder run = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            DayInfo info = calendar.dayInfo(d);
            if (info.assumed()) {
                assumed.add(d.getYear());
                statutory |= info.assumedStatutory();
            }
            if (info.workingDay()) {
                if (info.kind() == DayKind.MAKEUP_WORKDAY && period.unit() == LegalPeriod.Unit.WORKING_DAYS) {
                    makeups.add(d);
                }
                if (run != null) {
                    skipped.add(run.build());
                    run = null;
                }
                continue;
            }
            if (run != null && run.extends_(info)) {
                run.last = d;
            } else {
                if (run != null) {
                    skipped.add(run.build());
                }
                run = new SkippedRunBuilder(info);
            }
        }
        if (run != null) {
            skipped.add(run.build());
        }
        return new Deadline(
                period, direction, anchor, end, nominalEnd, skipped, makeups, new ArrayList<>(assumed), statutory);
    }

    private static final class SkippedRunBuilder {
        final LocalDate first;
        LocalDate last;
        final DayKind kind;
        final String name;
        final boolean assumed;

        SkippedRunBuilder(DayInfo info) {
            this.first = info.date();
            this.last = info.date();
            this.kind = info.kind();
            this.name = info.name();
            this.assumed = info.assumed();
        }

        boolean extends_(DayInfo info) {
            return info.kind() == kind && info.name().equals(name) && info.assumed() == assumed;
        }

        SkippedDays build() {
            return new SkippedDays(first, last, kind, name, assumed);
        }
    }

    /**
     * The period.
     *
     * @return the period
     */
    public LegalPeriod period() {
        return period;
    }

    /**
     * Which way the period runs.
     *
     * @return the direction
     */
    public Direction direction() {
        return direction;
    }

    /**
     * The date the period counts from (after) or back from (the event, for advance notice). Not counted.
     *
     * @return the anchor date
     */
    public LocalDate anchor() {
        return anchor;
    }

    /**
     * The last day of the period (after), or the latest notice day (notice before).
     *
     * @return the end date
     */
    public LocalDate end() {
        return end;
    }

    /**
     * For calendar-day, month and year periods: the nominal last day before the rest-day extension.
     *
     * @return the nominal end, or empty for working-day periods
     */
    public Optional<LocalDate> nominalEnd() {
        return Optional.ofNullable(nominalEnd);
    }

    /**
     * Whether the rest-day extension (民法典 art. 203) moved the end.
     *
     * @return true if extended
     */
    public boolean extended() {
        return nominalEnd != null && !nominalEnd.equals(end);
    }

    /**
     * The runs of rest days the period stepped over (working-day periods), or the rest days the extension stepped
     * over (calendar periods), in date order.
     *
     * @return the skipped runs
     */
    public List<SkippedDays> skipped() {
        return skipped;
    }

    /**
     * The make-up workdays counted as working days (working-day periods).
     *
     * @return the make-up workdays counted
     */
    public List<LocalDate> makeupWorkdaysCounted() {
        return makeupWorkdaysCounted;
    }

    /**
     * Whether the assumption was weekends plus the statutory holidays of 全国年节及纪念日放假办法 art. 2 (under
     * {@link OutsideCoveragePolicy#ASSUME_STATUTORY_HOLIDAYS}) rather than plain weekends.
     *
     * @return true for the statutory-holiday assumption; false when nothing or plain weekends were assumed
     */
    public boolean assumedStatutoryHolidays() {
        return assumedStatutory;
    }

    /**
     * The years outside the official data that the answer assumed (plain weekends under
     * {@link OutsideCoveragePolicy#ASSUME_PLAIN_WEEKENDS}, weekends and statutory holidays under
     * {@link OutsideCoveragePolicy#ASSUME_STATUTORY_HOLIDAYS}).
     *
     * @return the assumed years, empty when the answer rests on official data only
     */
    public List<Integer> assumedYears() {
        return assumedYears;
    }

    /**
     * Whether something done on {@code actual} meets the deadline: on or before {@link #end()}.
     *
     * @param actual the date it was done
     * @return true if in time
     */
    public boolean isMetBy(LocalDate actual) {
        Objects.requireNonNull(actual, "actual");
        return !actual.isAfter(end);
    }

    /**
     * The last working day on or before {@link #end()} (useful for advance notice, whose latest day may be a rest
     * day).
     *
     * @param calendar the calendar
     * @return the last working day on or before the end
     */
    public LocalDate latestWorkingDay(WorkingDayCalendar calendar) {
        return calendar.isWorkingDay(end) ? end : calendar.previousWorkingDay(end);
    }

    /**
     * One line: the rule and what was skipped, e.g. {@code 7 working days after 2024-09-27; skipped 2024-10-01..07
     * 国庆节 and 1 weekend day (2024-09-28); make-up workdays counted: 2024-09-29, 2024-10-12}.
     *
     * @return the summary
     */
    public String summary() {
        StringBuilder b = new StringBuilder();
        if (direction == Direction.AFTER) {
            b.append(period).append(" after ").append(anchor);
        } else {
            b.append("at least ")
                    .append(period)
                    .append(period.amount() == 1 ? "'s" : "'")
                    .append(" notice before ")
                    .append(anchor);
        }
        if (extended()) {
            b.append("; ").append(nominalEnd).append(" is a rest day, extended to the next working day (民法典 art. 203)");
        }
        if (nominalEnd != null && period.unit() != LegalPeriod.Unit.CALENDAR_DAYS) {
            LocalDate corresponding = nominalEnd;
            if (corresponding.getDayOfMonth() != anchor.getDayOfMonth()) {
                b.append("; no day ")
                        .append(anchor.getDayOfMonth())
                        .append(" in ")
                        .append(corresponding.getYear())
                        .append('-')
                        .append(String.format("%02d", corresponding.getMonthValue()))
                        .append(", so the month's last day (民法典 art. 202)");
            }
        }
        List<String> holidays = new ArrayList<>();
        List<SkippedDays> weekends = new ArrayList<>();
        int weekendDays = 0;
        for (SkippedDays s : skipped) {
            if (s.kind() == DayKind.WEEKEND) {
                weekends.add(s);
                weekendDays += s.length();
            } else {
                holidays.add(s.toString());
            }
        }
        if (!skipped.isEmpty()) {
            b.append("; skipped ");
            b.append(String.join(", ", holidays));
            if (weekendDays > 0) {
                if (!holidays.isEmpty()) {
                    b.append(" and ");
                }
                b.append(weekendDays).append(weekendDays == 1 ? " weekend day" : " weekend days");
                if (weekends.size() <= 3) {
                    List<String> ranges = new ArrayList<>();
                    for (SkippedDays w : weekends) {
                        ranges.add(range(w.first(), w.last()));
                    }
                    b.append(" (").append(String.join(", ", ranges)).append(')');
                }
            }
        }
        if (!makeupWorkdaysCounted.isEmpty()) {
            b.append("; make-up workdays counted: ");
            List<String> ds = new ArrayList<>();
            for (LocalDate d : makeupWorkdaysCounted) {
                ds.add(d.toString());
            }
            b.append(String.join(", ", ds));
        }
        if (!assumedYears.isEmpty() && assumedStatutory) {
            b.append("; ASSUMED weekends and the statutory holidays of 全国年节及纪念日放假办法 art. 2 (2024 text) for ")
                    .append(assumedYears)
                    .append(" (no official schedule; the notice's bridging rest days and make-up workdays are unknown"
                            + " and not assumed)");
        } else if (!assumedYears.isEmpty()) {
            b.append("; ASSUMED plain weekends for ")
                    .append(assumedYears)
                    .append(" (no official schedule; the calendar was told to assume plain weekends)");
        }
        return b.toString();
    }

    /**
     * The full explanation, e.g. {@code 2024-10-12 (SATURDAY) is the last day: 7 working days after 2024-09-27 (the
     * start day not counted); skipped ...}.
     *
     * @return the explanation
     */
    public String explanation() {
        String what = direction == Direction.AFTER ? " is the last day: " : " is the latest day to give notice: ";
        String note = direction == Direction.AFTER
                ? " (the start day is not counted)"
                : " (the notice day is not counted; the event day counts if it is a working day)";
        return end + " (" + end.getDayOfWeek() + ")" + what + summary() + note;
    }

    /**
     * The explanation in Chinese, e.g. {@code 2024-10-12（星期六）为期限最后一日：2024-09-27后第7个工作日（开始的当日不计入）；
     * 跳过 2024-10-01..07 国庆节、周末1天（2024-09-28）；计入调休上班日 2024-09-29、2024-10-12}.
     *
     * @return the Chinese explanation
     */
    public String explanationZh() {
        StringBuilder b = new StringBuilder();
        b.append(end)
                .append('（')
                .append(WEEKDAYS_ZH[end.getDayOfWeek().getValue() - 1])
                .append('）');
        int n = period.amount();
        if (direction == Direction.NOTICE_BEFORE) {
            b.append("为最迟通知日：须在").append(anchor).append("前至少提前").append(n).append("个工作日通知（通知当日不计入，活动当日为工作日的计入）");
        } else {
            b.append("为期限最后一日：").append(anchor).append("后");
            switch (period.unit()) {
                case WORKING_DAYS -> b.append("第").append(n).append("个工作日");
                case CALENDAR_DAYS -> b.append(n).append("日");
                case MONTHS -> b.append(n).append("个月");
                case YEARS -> b.append(n).append("年");
            }
            b.append("（开始的当日不计入，民法典第二百零一条）");
            if (nominalEnd != null
                    && period.unit() != LegalPeriod.Unit.CALENDAR_DAYS
                    && nominalEnd.getDayOfMonth() != anchor.getDayOfMonth()) {
                b.append("；到期月没有对应日，以月末日").append(nominalEnd).append("为期间的最后一日（民法典第二百零二条）");
            }
            if (extended()) {
                b.append("；").append(nominalEnd).append("为法定休假日，以休假日结束的次日为期间的最后一日（民法典第二百零三条）");
            }
        }
        List<String> holidays = new ArrayList<>();
        int weekendDays = 0;
        List<String> weekendRanges = new ArrayList<>();
        for (SkippedDays sd : skipped) {
            if (sd.kind() == DayKind.WEEKEND) {
                weekendDays += sd.length();
                weekendRanges.add(range(sd.first(), sd.last()));
            } else {
                holidays.add(sd.assumed() ? range(sd.first(), sd.last()) + " " + sd.name() + "（推定）" : sd.toString());
            }
        }
        if (weekendDays > 0) {
            holidays.add("周末" + weekendDays + "天"
                    + (weekendRanges.size() <= 3 ? "（" + String.join("、", weekendRanges) + "）" : ""));
        }
        if (!holidays.isEmpty()) {
            b.append("；跳过 ").append(String.join("、", holidays));
        }
        if (!makeupWorkdaysCounted.isEmpty()) {
            List<String> ds = new ArrayList<>();
            for (LocalDate d : makeupWorkdaysCounted) {
                ds.add(d.toString());
            }
            b.append("；计入调休上班日 ").append(String.join("、", ds));
        }
        if (!assumedYears.isEmpty() && assumedStatutory) {
            b.append("；注意：")
                    .append(assumedYears)
                    .append("年无官方放假安排，按周末及《全国年节及纪念日放假办法》（2024年修订）第二条规定的全体公民放假的节日推定" + "（调休放假和调休上班日未知，未计入）");
        } else if (!assumedYears.isEmpty()) {
            b.append("；注意：").append(assumedYears).append("年无官方放假安排，按普通周末推定");
        }
        return b.toString();
    }

    private static final String[] WEEKDAYS_ZH = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    @Override
    public String toString() {
        return "Deadline[" + end + ": " + summary() + "]";
    }

    /**
     * A compact date range: {@code 2024-10-01..07}, {@code 2024-09-30..10-07}, {@code 2024-12-31..2025-01-01}, or one
     * date.
     *
     * @param first the first date
     * @param last the last date
     * @return the text
     */
    static String range(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return first.toString();
        }
        String l = last.toString();
        if (first.getYear() != last.getYear()) {
            return first + ".." + l;
        }
        if (first.getMonthValue() != last.getMonthValue()) {
            return first + ".." + l.substring(5);
        }
        return first + ".." + l.substring(8);
    }
}
