package io.github.zhifa.calendar;

import io.github.zhifa.calendar.internal.DayTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The official Chinese working-day calendar: the State Council General Office's holiday schedules (国办发明电) bundled
 * with zhifa, every year from 2004 to the newest published notice, with their mid-year changes (2015, 2019, 2020) in
 * final form. Immutable and thread-safe; every query is O(1) and allocates nothing inside coverage.
 *
 * <p>Defaults, each changeable by a {@code with...} method that returns a new calendar:
 *
 * <ul>
 *   <li>strict coverage: a date outside the covered years throws {@link CalendarDataUnavailableException} naming the
 *       year and the coverage ({@link #withOutsideCoveragePolicy(OutsideCoveragePolicy)});
 *   <li>make-up workdays (调休上班) are working days ({@link #withMakeupWorkdayPolicy(MakeupWorkdayPolicy)}); moved
 *       rest days inside a holiday block are rest days.
 * </ul>
 *
 * <p>New data without a new release: {@link #with(HolidaySchedule)} adds a year (e.g. the 2027 notice) or, with
 * {@code replace=yes}, corrects one; {@link #withRegion(HolidaySchedule)} overlays an ethnic autonomous area's own
 * holidays (全国年节及纪念日放假办法 art. 4). Overlapping or contradictory data throws
 * {@link ScheduleConflictException} naming both sources; nothing is merged silently.
 *
 * <pre>{@code
 * ChinaCalendar cal = ChinaCalendar.official();
 * cal.plusWorkingDays(LocalDate.of(2024, 9, 27), 7);        // 2024-10-12, a Saturday make-up workday
 * cal.dayInfo(LocalDate.of(2025, 2, 3)).describe();          // "rest day, 春节 (moved rest day)"
 * LegalPeriod.workingDays(7).after(LocalDate.of(2024, 9, 27), cal).explanation();
 * }</pre>
 */
public final class ChinaCalendar implements WorkingDayCalendar {
    /** The bundled national schedule, a resource of this module. */
    static final String OFFICIAL_RESOURCE = "china-national.schedule";

    private static final class Official {
        static final ChinaCalendar INSTANCE = load();

        private static ChinaCalendar load() {
            try (InputStream in = ChinaCalendar.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + OFFICIAL_RESOURCE);
                }
                HolidaySchedule national = HolidaySchedule.read(in, OFFICIAL_RESOURCE);
                return build(List.of(national), List.of(), MakeupWorkdayPolicy.WORKING, OutsideCoveragePolicy.STRICT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final List<HolidaySchedule> national;
    private final List<HolidaySchedule> regional;
    private final MakeupWorkdayPolicy makeupPolicy;
    private final OutsideCoveragePolicy outsidePolicy;
    private final List<HolidayBlock> blocks;
    private final Coverage coverage;
    private final DayTable table;

    private ChinaCalendar(
            List<HolidaySchedule> national,
            List<HolidaySchedule> regional,
            MakeupWorkdayPolicy makeupPolicy,
            OutsideCoveragePolicy outsidePolicy,
            List<HolidayBlock> blocks,
            Coverage coverage) {
        this.national = List.copyOf(national);
        this.regional = List.copyOf(regional);
        this.makeupPolicy = makeupPolicy;
        this.outsidePolicy = outsidePolicy;
        this.blocks = List.copyOf(blocks);
        this.coverage = coverage;
        this.table = new DayTable(coverage.firstYear(), coverage.lastYear(), blocks, makeupPolicy, outsidePolicy);
    }

    /**
     * The official national calendar bundled with zhifa (loaded once, shared): strict coverage, make-up workdays
     * count as working days.
     *
     * @return the official calendar
     */
    public static ChinaCalendar official() {
        return Official.INSTANCE;
    }

    /**
     * This calendar with an extra national schedule: new years, or corrections of loaded years (a {@code year} line
     * with {@code replace=yes} replaces every block of that year). Coverage must stay contiguous.
     *
     * @param schedule a national schedule ({@code scope national})
     * @return a new calendar
     * @throws ScheduleConflictException if the schedule defines a year already loaded without {@code replace=yes},
     *     replaces a year not loaded, claims a day another schedule claims, or leaves a gap in coverage
     * @throws IllegalArgumentException if the schedule is regional
     */
    public ChinaCalendar with(HolidaySchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        if (schedule.isRegional()) {
            throw new IllegalArgumentException("a regional schedule goes through withRegion(...): " + schedule);
        }
        List<HolidaySchedule> all = new ArrayList<>(national);
        all.add(schedule);
        return build(all, regional, makeupPolicy, outsidePolicy);
    }

    /**
     * This calendar with a regional overlay: the extra rest days (and any make-up workdays) an ethnic autonomous
     * area sets under 全国年节及纪念日放假办法 art. 4. A regional day that the national data also defines is a
     * conflict, not a silent override.
     *
     * @param overlay a regional schedule ({@code scope region <code> <name>})
     * @return a new calendar
     * @throws ScheduleConflictException if the overlay claims a day the national data or another overlay defines
     * @throws IllegalArgumentException if the schedule is national
     */
    public ChinaCalendar withRegion(HolidaySchedule overlay) {
        Objects.requireNonNull(overlay, "overlay");
        if (!overlay.isRegional()) {
            throw new IllegalArgumentException("a national schedule goes through with(...): " + overlay);
        }
        List<HolidaySchedule> all = new ArrayList<>(regional);
        all.add(overlay);
        return build(national, all, makeupPolicy, outsidePolicy);
    }

    /**
     * This calendar with another make-up workday policy.
     *
     * @param policy the policy
     * @return a new calendar (or this one if the policy is unchanged)
     */
    public ChinaCalendar withMakeupWorkdayPolicy(MakeupWorkdayPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return policy == makeupPolicy
                ? this
                : new ChinaCalendar(
                        national, regional, policy, outsidePolicy, blocks, withPolicy(coverage, outsidePolicy));
    }

    /**
     * This calendar with another policy for dates outside coverage. {@link OutsideCoveragePolicy#ASSUME_PLAIN_WEEKENDS}
     * answers with plain weekends, {@link OutsideCoveragePolicy#ASSUME_STATUTORY_HOLIDAYS} with weekends and the
     * statutory holidays of the 放假办法 art. 2 (to 2050); both say so in every {@link DayInfo} and {@link Deadline}
     * explanation.
     *
     * @param policy the policy
     * @return a new calendar (or this one if the policy is unchanged)
     */
    public ChinaCalendar withOutsideCoveragePolicy(OutsideCoveragePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return policy == outsidePolicy
                ? this
                : new ChinaCalendar(national, regional, makeupPolicy, policy, blocks, withPolicy(coverage, policy));
    }

    private static Coverage withPolicy(Coverage c, OutsideCoveragePolicy p) {
        return new Coverage(c.firstYear(), c.lastYear(), c.years(), p);
    }

    /**
     * How make-up workdays count in this calendar.
     *
     * @return the policy
     */
    public MakeupWorkdayPolicy makeupWorkdayPolicy() {
        return makeupPolicy;
    }

    /**
     * What this calendar does outside coverage.
     *
     * @return the policy
     */
    public OutsideCoveragePolicy outsideCoveragePolicy() {
        return outsidePolicy;
    }

    /**
     * The regional overlays applied, by region code.
     *
     * @return the region codes, in the order applied
     */
    public List<String> regions() {
        return regional.stream().map(s -> s.regionCode().orElseThrow()).toList();
    }

    /**
     * Every holiday block in force (national, after corrections, then regional), in date order.
     *
     * @return the blocks
     */
    public List<HolidayBlock> blocks() {
        return blocks;
    }

    /**
     * The holiday block a date belongs to as a rest day or make-up workday, if any.
     *
     * @param date the date
     * @return the block, or empty for a plain day
     */
    public Optional<HolidayBlock> blockOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (HolidayBlock b : blocks) {
            if (b.contains(date) || b.makeupWorkdays().contains(date)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return table.isWorkingDay(date);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return table.plus(date, 1);
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return table.plus(date, -1);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        return table.plus(date, n);
    }

    @Override
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        return table.plus(date, -(long) n);
    }

    @Override
    public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        return Math.toIntExact(table.between(startInclusive, endExclusive));
    }

    @Override
    public DayInfo dayInfo(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return table.dayInfo(date);
    }

    @Override
    public Coverage coverage() {
        return coverage;
    }

    @Override
    public String toString() {
        return "ChinaCalendar[" + coverage.firstYear() + "–" + coverage.lastYear() + ", make-up workdays "
                + makeupPolicy + ", outside coverage " + outsidePolicy
                + (regional.isEmpty() ? "" : ", regions " + regions()) + "]";
    }

    private static ChinaCalendar build(
            List<HolidaySchedule> national,
            List<HolidaySchedule> regional,
            MakeupWorkdayPolicy makeupPolicy,
            OutsideCoveragePolicy outsidePolicy) {
        // Years: each defined once, replace=yes only over a loaded year.
        TreeMap<Integer, HolidaySchedule.ScheduleYear> years = new TreeMap<>();
        Map<Integer, List<HolidayBlock>> blocksByYear = new HashMap<>();
        Map<Integer, List<String>> noticesByYear = new HashMap<>();
        for (HolidaySchedule s : national) {
            for (HolidaySchedule.ScheduleYear y : s.years()) {
                HolidaySchedule.ScheduleYear before = years.get(y.year());
                if (before != null && !y.replace()) {
                    throw new ScheduleConflictException(
                            "year " + y.year() + " is defined twice; to correct it, write replace=yes on its year line",
                            before.source(),
                            y.source());
                }
                if (before == null && y.replace()) {
                    throw new ScheduleConflictException(
                            "year " + y.year() + " says replace=yes but no loaded schedule defines it",
                            "(loaded years " + (years.isEmpty() ? "none" : years.firstKey() + "–" + years.lastKey())
                                    + ")",
                            y.source());
                }
                years.put(y.year(), y);
                blocksByYear.put(y.year(), new ArrayList<>());
                List<String> notices = new ArrayList<>();
                notices.add(y.notice());
                noticesByYear.put(y.year(), notices);
            }
            for (HolidayBlock b : s.blocks()) {
                blocksByYear.get(b.year()).add(b);
                List<String> notices = noticesByYear.get(b.year());
                if (!notices.contains(b.notice())) {
                    notices.add(b.notice());
                }
            }
        }
        if (years.isEmpty()) {
            throw new IllegalArgumentException("no national schedule year loaded");
        }
        int first = years.firstKey();
        int last = years.lastKey();
        for (int y = first; y <= last; y++) {
            if (!years.containsKey(y)) {
                throw new ScheduleConflictException(
                        "coverage would have a gap: no schedule for " + y,
                        years.get(years.lowerKey(y)).source(),
                        years.get(years.higherKey(y)).source());
            }
        }
        List<HolidayBlock> all = new ArrayList<>();
        Map<LocalDate, HolidayBlock> claimed = new LinkedHashMap<>();
        for (int y = first; y <= last; y++) {
            for (HolidayBlock b : blocksByYear.get(y)) {
                claimAll(claimed, b);
                all.add(b);
            }
        }
        for (HolidaySchedule s : regional) {
            for (HolidayBlock b : s.blocks()) {
                claimAll(claimed, b);
                all.add(b);
            }
        }
        all.sort((a, b) -> a.first().compareTo(b.first()));
        List<Coverage.CoveredYear> covered = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            HolidaySchedule.ScheduleYear sy = years.get(y);
            covered.add(new Coverage.CoveredYear(y, noticesByYear.get(y), sy.checked(), sy.source()));
        }
        return new ChinaCalendar(
                national,
                regional,
                makeupPolicy,
                outsidePolicy,
                all,
                new Coverage(first, last, covered, outsidePolicy));
    }

    private static void claimAll(Map<LocalDate, HolidayBlock> claimed, HolidayBlock b) {
        for (LocalDate d = b.first(); !d.isAfter(b.last()); d = d.plusDays(1)) {
            claim(claimed, d, b, "a rest day of " + b.name());
        }
        for (LocalDate d : b.makeupWorkdays()) {
            claim(claimed, d, b, "a make-up workday for " + b.name());
        }
    }

    private static void claim(Map<LocalDate, HolidayBlock> claimed, LocalDate d, HolidayBlock b, String what) {
        HolidayBlock before = claimed.putIfAbsent(d, b);
        if (before != null) {
            String was =
                    before.contains(d) ? "a rest day of " + before.name() : "a make-up workday for " + before.name();
            throw new ScheduleConflictException(d + " is " + was + " and also " + what, before.source(), b.source());
        }
    }
}
