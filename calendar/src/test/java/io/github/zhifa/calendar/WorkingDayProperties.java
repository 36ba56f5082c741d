package io.github.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Algebraic properties of the official calendar's working-day arithmetic, on dates inside coverage. */
class WorkingDayProperties {
    private static final ChinaCalendar CAL = ChinaCalendar.official();
    private static final long FIRST = LocalDate.of(2004, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2024, 12, 31).toEpochDay(); // leaves room for +n

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST, LAST).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> events() {
        // far enough from 2004-01-01 that 30 working days' notice stays inside coverage
        return Arbitraries.longs().between(FIRST + 60, LAST).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> outside() {
        return Arbitraries.oneOf(
                        // at least two weeks away from coverage, so a week-long range stays outside
                        Arbitraries.longs().between(-20_000, FIRST - 15),
                        Arbitraries.longs().between(LocalDate.of(2027, 1, 15).toEpochDay(), 60_000))
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void minusUndoesPlusOnWorkingDays(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 400) int n) {
        LocalDate w = CAL.isWorkingDay(d) ? d : CAL.nextWorkingDay(d);
        assertThat(CAL.minusWorkingDays(CAL.plusWorkingDays(w, n), n)).isEqualTo(w);
    }

    @Property
    void plusLandsOnAWorkingDayAndCountsExactlyN(
            @ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 400) int n) {
        LocalDate e = CAL.plusWorkingDays(d, n);
        assertThat(CAL.isWorkingDay(e)).isTrue();
        assertThat(CAL.workingDaysBetween(d.plusDays(1), e.plusDays(1))).isEqualTo(n);
    }

    @Property
    void plusMatchesANaiveDayByDayWalk(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate x = d;
        for (int left = n; left > 0; ) {
            x = x.plusDays(1);
            if (CAL.dayInfo(x).workingDay()) {
                left--;
            }
        }
        assertThat(CAL.plusWorkingDays(d, n)).isEqualTo(x);
    }

    @Property
    void betweenIsAdditive(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate c) {
        assertThat(CAL.workingDaysBetween(a, b) + CAL.workingDaysBetween(b, c)).isEqualTo(CAL.workingDaysBetween(a, c));
    }

    @Property
    void plusIsMonotonic(
            @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll @IntRange(min = 0, max = 400) int n) {
        LocalDate lo = a.isBefore(b) ? a : b;
        LocalDate hi = a.isBefore(b) ? b : a;
        assertThat(CAL.plusWorkingDays(lo, n)).isBeforeOrEqualTo(CAL.plusWorkingDays(hi, n));
        assertThat(CAL.plusWorkingDays(lo, n)).isBeforeOrEqualTo(CAL.plusWorkingDays(lo, n + 1));
    }

    @Property
    void noticeDayIsTheLatestThatGivesEnoughNotice(
            @ForAll("events") LocalDate event, @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDate by = LegalPeriod.workingDays(n).noticeBefore(event, CAL).end();
        assertThat(CAL.plusWorkingDays(by, n)).isBeforeOrEqualTo(event);
        assertThat(CAL.plusWorkingDays(by.plusDays(1), n)).isAfter(event);
    }

    @Property
    void calendarPeriodsEndOnAWorkingDayNotBeforeTheNominalEnd(
            @ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 90) int n) {
        Deadline dl = LegalPeriod.calendarDays(n).after(d, CAL);
        assertThat(CAL.isWorkingDay(dl.end())).isTrue();
        assertThat(dl.end()).isAfterOrEqualTo(d.plusDays(n));
        assertThat(CAL.workingDaysBetween(d.plusDays(n), dl.end())).isZero();
    }

    @Property
    void strictModeNeverAnswersOutsideCoverage(@ForAll("outside") LocalDate d) {
        assertThatThrownBy(() -> CAL.isWorkingDay(d)).isInstanceOf(CalendarDataUnavailableException.class);
        assertThatThrownBy(() -> CAL.dayInfo(d)).isInstanceOf(CalendarDataUnavailableException.class);
        assertThatThrownBy(() -> CAL.plusWorkingDays(d, 1)).isInstanceOf(CalendarDataUnavailableException.class);
        assertThatThrownBy(() -> CAL.minusWorkingDays(d, 1)).isInstanceOf(CalendarDataUnavailableException.class);
        assertThatThrownBy(() -> CAL.workingDaysBetween(d, LocalDate.of(2010, 1, 1)))
                .isInstanceOf(CalendarDataUnavailableException.class);
    }

    @Property
    void plainWeekendsOutsideCoverageAreMondayToFriday(@ForAll("outside") LocalDate d) {
        ChinaCalendar lenient = CAL.withOutsideCoveragePolicy(OutsideCoveragePolicy.ASSUME_PLAIN_WEEKENDS);
        int dow = d.getDayOfWeek().getValue();
        assertThat(lenient.isWorkingDay(d)).isEqualTo(dow <= 5);
        assertThat(lenient.dayInfo(d).assumed()).isTrue();
        assertThat(lenient.workingDaysBetween(d, d.plusDays(7))).isEqualTo(5);
        LocalDate w = lenient.isWorkingDay(d) ? d : lenient.nextWorkingDay(d);
        assertThat(lenient.minusWorkingDays(lenient.plusWorkingDays(w, 300), 300))
                .isEqualTo(w);
    }
}
