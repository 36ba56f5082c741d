package io.github.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link OutsideCoveragePolicy#ASSUME_STATUTORY_HOLIDAYS} against plain weekends, on dates after coverage. */
class StatutoryHolidaysProperties {
    private static final ChinaCalendar PLAIN =
            ChinaCalendar.official().withOutsideCoveragePolicy(OutsideCoveragePolicy.ASSUME_PLAIN_WEEKENDS);
    private static final ChinaCalendar STATUTORY =
            ChinaCalendar.official().withOutsideCoveragePolicy(OutsideCoveragePolicy.ASSUME_STATUTORY_HOLIDAYS);

    @Provide
    Arbitrary<LocalDate> outsideWithinHorizon() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(2027, 1, 1).toEpochDay(),
                        LocalDate.of(2050, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> startsWithRoom() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(2026, 10, 1).toEpochDay(),
                        LocalDate.of(2050, 9, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void statutoryDaysOnlyAddRestDays(@ForAll("outsideWithinHorizon") LocalDate d) {
        DayInfo plain = PLAIN.dayInfo(d);
        DayInfo info = STATUTORY.dayInfo(d);
        if (!plain.workingDay()) {
            assertThat(info.workingDay()).isFalse();
        }
        // a working day under the new policy is a working day under plain weekends
        if (info.workingDay()) {
            assertThat(plain.workingDay()).isTrue();
        }
        // a day that differs is an assumed statutory holiday
        if (info.workingDay() != plain.workingDay()) {
            assertThat(info.kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(info.statutory()).isTrue();
        }
        assertThat(info.assumed()).isTrue();
        assertThat(info.assumedStatutory()).isTrue();
        assertThat(info.describe()).contains("assumed").contains("全国年节及纪念日放假办法 art. 2");
    }

    @Property
    void arithmeticAgreesWithDayByDayWalk(
            @ForAll("startsWithRoom") LocalDate d, @ForAll @IntRange(min = 1, max = 40) int n) {
        LocalDate walked = d;
        for (int k = 0; k < n; k++) {
            walked = walked.plusDays(1);
            while (!STATUTORY.isWorkingDay(walked)) {
                walked = walked.plusDays(1);
            }
        }
        LocalDate end = STATUTORY.plusWorkingDays(d, n);
        assertThat(end).isEqualTo(walked);
        assertThat(STATUTORY.workingDaysBetween(d.plusDays(1), end.plusDays(1))).isEqualTo(n);
        assertThat(STATUTORY.minusWorkingDays(end, n)).isEqualTo(STATUTORY.previousWorkingDay(d.plusDays(1)));
        // extra rest days can only push the end later than under plain weekends
        assertThat(end).isAfterOrEqualTo(PLAIN.plusWorkingDays(d, n));
    }
}
