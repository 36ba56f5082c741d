package io.github.zhifa.benchmarks.calendar;

import com.nlf.calendar.Holiday;
import com.nlf.calendar.Solar;
import com.nlf.calendar.util.HolidayUtil;
import io.github.zhifa.calendar.ChinaCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The working-day calendar beside the peer 6tail lunar ({@code HolidayUtil}, {@code Solar.next(n, true)}) and a naive
 * day-by-day loop over zhifa's own data, on dates 2004–2023 (the peer's data ends in 2023). Each call takes the next
 * of 1024 random dates, so no answer is constant-folded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CalendarBenchmark {
    private static final int MASK = 1023;

    /** The number of working days to add. */
    @Param({"1", "20", "2000"})
    public int n;

    private final ChinaCalendar cal = ChinaCalendar.official();
    private LocalDate[] dates;
    private Solar[] solars;
    private int[][] ymd;
    private int i;

    /** Draws the dates: 2004-01-01..2015-12-31, so that +2000 working days stays inside 2023. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        long from = LocalDate.of(2004, 1, 1).toEpochDay();
        long to = LocalDate.of(2015, 12, 31).toEpochDay();
        dates = new LocalDate[MASK + 1];
        solars = new Solar[MASK + 1];
        ymd = new int[MASK + 1][];
        for (int k = 0; k <= MASK; k++) {
            LocalDate d = LocalDate.ofEpochDay(r.nextLong(from, to + 1));
            dates[k] = d;
            solars[k] = Solar.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            ymd[k] = new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()};
        }
    }

    private int next() {
        i = (i + 1) & MASK;
        return i;
    }

    /**
     * zhifa: is the date a working day.
     *
     * @return the answer
     */
    @Benchmark
    public boolean isWorkingDayZhifa() {
        return cal.isWorkingDay(dates[next()]);
    }

    /**
     * lunar: is the date a working day ({@code HolidayUtil.getHoliday}, then the day of the week).
     *
     * @return the answer
     */
    @Benchmark
    public boolean isWorkingDayLunar() {
        int[] d = ymd[next()];
        Holiday h = HolidayUtil.getHoliday(d[0], d[1], d[2]);
        if (h != null) {
            return h.isWork();
        }
        DayOfWeek w = LocalDate.of(d[0], d[1], d[2]).getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /**
     * zhifa: the n-th working day after the date.
     *
     * @return the answer
     */
    @Benchmark
    public LocalDate plusWorkingDaysZhifa() {
        return cal.plusWorkingDays(dates[next()], n);
    }

    /**
     * A naive day-by-day loop over zhifa's own data.
     *
     * @return the answer
     */
    @Benchmark
    public LocalDate plusWorkingDaysNaiveLoop() {
        LocalDate d = dates[next()];
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (cal.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * lunar: {@code Solar.next(n, true)}.
     *
     * @return the answer
     */
    @Benchmark
    public Solar plusWorkingDaysLunar() {
        return solars[next()].next(n, true);
    }

    /**
     * zhifa: working days across a decade (only run for n = 1; n is not used).
     *
     * @return the answer
     */
    @Benchmark
    public int decadeBetweenZhifa() {
        LocalDate d = dates[next()];
        return cal.workingDaysBetween(d, d.plusYears(10).minusDays(d.getDayOfYear() > 300 ? 400 : 0));
    }

    /**
     * A naive loop over zhifa's own data, counting working days across a decade.
     *
     * @return the answer
     */
    @Benchmark
    public int decadeBetweenNaiveLoop() {
        LocalDate d = dates[next()];
        LocalDate end = d.plusYears(10).minusDays(d.getDayOfYear() > 300 ? 400 : 0);
        int c = 0;
        for (LocalDate x = d; x.isBefore(end); x = x.plusDays(1)) {
            if (cal.isWorkingDay(x)) {
                c++;
            }
        }
        return c;
    }

    /**
     * lunar: counting working days across a decade with {@code HolidayUtil.getHoliday} day by day.
     *
     * @return the answer
     */
    @Benchmark
    public int decadeBetweenLunar() {
        LocalDate d = dates[next()];
        LocalDate end = d.plusYears(10).minusDays(d.getDayOfYear() > 300 ? 400 : 0);
        int c = 0;
        for (LocalDate x = d; x.isBefore(end); x = x.plusDays(1)) {
            Holiday h = HolidayUtil.getHoliday(x.getYear(), x.getMonthValue(), x.getDayOfMonth());
            boolean working = h != null
                    ? h.isWork()
                    : x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (working) {
                c++;
            }
        }
        return c;
    }
}
