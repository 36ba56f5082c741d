package io.github.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The official calendar against the notices' own words: one or more days per year, transcribed from the notices. */
class ChinaCalendarTest {
    private final ChinaCalendar cal = ChinaCalendar.official();

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        // date, kind, name, statutory — each line from the year's notice (quoted where the notice text was seen)
        "2004-01-22, HOLIDAY, 春节, true",
        "2004-01-17, MAKEUP_WORKDAY, 春节, false",
        "2004-10-10, MAKEUP_WORKDAY, 国庆节, false",
        "2005-01-03, HOLIDAY, 元旦, false",
        "2005-02-05, MAKEUP_WORKDAY, 春节, false",
        "2005-04-30, MAKEUP_WORKDAY, 劳动节, false",
        // 国办发明电〔2005〕35号: "12月31日（星期六）上班" (disputed by some peers)
        "2005-12-31, MAKEUP_WORKDAY, 元旦, false",
        "2006-01-01, HOLIDAY, 元旦, true",
        "2006-02-05, MAKEUP_WORKDAY, 春节, false",
        "2006-10-08, MAKEUP_WORKDAY, 国庆节, false",
        // 国办发明电〔2006〕49号: "2006年12月30日（星期六）、31日（星期日）上班"
        "2006-12-30, MAKEUP_WORKDAY, 元旦, false",
        "2006-12-31, MAKEUP_WORKDAY, 元旦, false",
        "2007-02-24, HOLIDAY, 春节, false",
        "2007-12-29, MAKEUP_WORKDAY, 元旦, false",
        "2008-02-06, HOLIDAY, 春节, true",
        "2008-04-04, HOLIDAY, 清明节, true",
        "2008-05-04, MAKEUP_WORKDAY, 劳动节, false",
        "2008-09-28, MAKEUP_WORKDAY, 国庆节, false",
        "2009-10-08, HOLIDAY, 国庆节、中秋节, false",
        "2009-10-10, MAKEUP_WORKDAY, 国庆节、中秋节, false",
        "2010-09-19, MAKEUP_WORKDAY, 中秋节, false",
        "2010-06-16, HOLIDAY, 端午节, true",
        "2011-04-02, MAKEUP_WORKDAY, 清明节, false",
        "2011-02-12, MAKEUP_WORKDAY, 春节, false",
        "2012-03-31, MAKEUP_WORKDAY, 清明节, false",
        "2012-09-29, MAKEUP_WORKDAY, 国庆节、中秋节, false",
        // 国办发明电〔2012〕33号: "4月7日（星期日）上班", "9月29日（星期日）、10月12日（星期六）上班" (disputed)
        "2013-04-07, MAKEUP_WORKDAY, 清明节, false",
        "2013-10-12, MAKEUP_WORKDAY, 国庆节, false",
        "2013-02-09, HOLIDAY, 春节, true",
        "2014-01-31, HOLIDAY, 春节, true",
        "2014-02-08, MAKEUP_WORKDAY, 春节, false",
        "2015-09-03, HOLIDAY, 抗战胜利70周年纪念日, true",
        "2015-09-04, HOLIDAY, 抗战胜利70周年纪念日, false",
        "2015-09-06, MAKEUP_WORKDAY, 抗战胜利70周年纪念日, false",
        "2015-10-10, MAKEUP_WORKDAY, 国庆节, false",
        "2016-06-12, MAKEUP_WORKDAY, 端午节, false",
        "2016-12-31, HOLIDAY, 元旦, false",
        "2017-09-30, MAKEUP_WORKDAY, 国庆节、中秋节, false",
        "2018-04-08, MAKEUP_WORKDAY, 清明节, false",
        "2018-12-29, MAKEUP_WORKDAY, 元旦, false",
        // 2019 劳动节 in its changed form: 5-1..5-4 off, 4-28 and 5-5 worked
        "2019-05-04, HOLIDAY, 劳动节, false",
        "2019-04-28, MAKEUP_WORKDAY, 劳动节, false",
        "2019-05-05, MAKEUP_WORKDAY, 劳动节, false",
        // 2020 春节 extended to 2-2
        "2020-01-31, HOLIDAY, 春节, false",
        "2020-02-02, HOLIDAY, 春节, false",
        "2020-01-19, MAKEUP_WORKDAY, 春节, false",
        "2020-05-09, MAKEUP_WORKDAY, 劳动节, false",
        "2021-09-18, MAKEUP_WORKDAY, 中秋节, false",
        "2021-02-20, MAKEUP_WORKDAY, 春节, false",
        "2022-04-24, MAKEUP_WORKDAY, 劳动节, false",
        "2022-10-09, MAKEUP_WORKDAY, 国庆节, false",
        "2023-04-05, HOLIDAY, 清明节, true",
        "2023-06-25, MAKEUP_WORKDAY, 端午节, false",
        "2023-10-08, MAKEUP_WORKDAY, 国庆节、中秋节, false",
        "2024-02-18, MAKEUP_WORKDAY, 春节, false",
        "2024-05-11, MAKEUP_WORKDAY, 劳动节, false",
        "2024-10-12, MAKEUP_WORKDAY, 国庆节, false",
        // 2025: the revised 放假办法 — 春节 4 statutory days (除夕 to 初三), 劳动节 2 (5-1, 5-2)
        "2025-01-28, HOLIDAY, 春节, true",
        "2025-01-31, HOLIDAY, 春节, true",
        "2025-02-03, HOLIDAY, 春节, false",
        "2025-05-02, HOLIDAY, 劳动节, true",
        "2025-05-05, HOLIDAY, 劳动节, false",
        "2025-02-08, MAKEUP_WORKDAY, 春节, false",
        "2025-10-11, MAKEUP_WORKDAY, 国庆节、中秋节, false",
        "2026-01-04, MAKEUP_WORKDAY, 元旦, false",
        "2026-02-15, HOLIDAY, 春节, false",
        "2026-02-16, HOLIDAY, 春节, true",
        "2026-02-23, HOLIDAY, 春节, false",
        "2026-02-28, MAKEUP_WORKDAY, 春节, false",
        "2026-09-20, MAKEUP_WORKDAY, 国庆节, false",
        "2026-10-10, MAKEUP_WORKDAY, 国庆节, false",
    })
    void officialDays(LocalDate date, DayKind kind, String name, boolean statutory) {
        DayInfo info = cal.dayInfo(date);
        assertThat(info.kind()).isEqualTo(kind);
        assertThat(info.name()).isEqualTo(name);
        assertThat(info.statutory()).isEqualTo(statutory);
        assertThat(info.workingDay()).isEqualTo(kind == DayKind.MAKEUP_WORKDAY);
        assertThat(cal.isWorkingDay(date)).isEqualTo(kind == DayKind.MAKEUP_WORKDAY);
        assertThat(info.notice()).isNotEmpty();
        assertThat(info.assumed()).isFalse();
    }

    @Test
    void statutoryMovedAndWeekendDaysOfABlock() {
        // 2025 春节 block 01-28..02-04: 01-28..31 statutory (除夕–初三), 02-01/02 weekend, 02-03/04 moved
        assertThat(cal.dayInfo(LocalDate.of(2025, 1, 28)).describe()).isEqualTo("rest day, 春节 (statutory holiday)");
        assertThat(cal.dayInfo(LocalDate.of(2025, 2, 1)).describe()).isEqualTo("rest day, 春节 (weekend)");
        assertThat(cal.dayInfo(LocalDate.of(2025, 2, 3)).movedRestDay()).isTrue();
        assertThat(cal.dayInfo(LocalDate.of(2025, 2, 1)).movedRestDay()).isFalse();
        assertThat(cal.dayInfo(LocalDate.of(2025, 1, 28)).movedRestDay()).isFalse();
        assertThat(cal.dayInfo(LocalDate.of(2025, 2, 8)).describe()).isEqualTo("working day, make-up workday for 春节");
    }

    @Test
    void plainDays() {
        assertThat(cal.dayInfo(LocalDate.of(2024, 3, 12)).kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(cal.dayInfo(LocalDate.of(2024, 3, 16)).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(cal.dayInfo(LocalDate.of(2024, 3, 16)).name()).isEmpty();
        // 2024-02-09 (除夕, a Friday) was a working day: the 2024 notice only encouraged rest
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue();
        // 2020-02-01 (Saturday) stopped being a make-up workday when 春节 was extended
        assertThat(cal.dayInfo(LocalDate.of(2020, 2, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void workingDayArithmetic() {
        LocalDate d = LocalDate.of(2024, 9, 27);
        assertThat(cal.plusWorkingDays(d, 7)).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(cal.plusWorkingDays(d, 1)).isEqualTo(LocalDate.of(2024, 9, 29));
        assertThat(cal.plusWorkingDays(d, 0)).isEqualTo(d);
        assertThat(cal.minusWorkingDays(LocalDate.of(2024, 10, 12), 7)).isEqualTo(d);
        assertThat(cal.nextWorkingDay(LocalDate.of(2024, 9, 30))).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(cal.previousWorkingDay(LocalDate.of(2024, 10, 8))).isEqualTo(LocalDate.of(2024, 9, 30));
        // October 2024: 23 weekdays, 5 of them 国庆节 (10-1..10-4, 10-7), plus 1 make-up Saturday (10-12)
        assertThat(cal.workingDaysBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 1)))
                .isEqualTo(19);
        assertThat(cal.workingDaysBetween(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 10, 1)))
                .isEqualTo(-19);
        // 2025: 365 days, 104 weekend days, 13 statutory holidays (放假办法 2024) → 248 working days
        assertThat(cal.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
                .isEqualTo(248);
        // 2024: 366 days, 104 weekend days, 11 statutory holidays → 251 working days
        assertThat(cal.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
                .isEqualTo(251);
    }

    @Test
    void strictCoverage() {
        assertThat(cal.coverage().firstYear()).isEqualTo(2004);
        assertThat(cal.coverage().lastYear()).isEqualTo(2026);
        assertThat(cal.coverage().years()).hasSize(23);
        assertThat(cal.coverage().years().get(2020 - 2004).notices())
                .containsExactly("国办发明电〔2019〕16号", "国办发明电〔2020〕1号");
        assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOfSatisfying(CalendarDataUnavailableException.class, e -> {
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(e.firstCoveredYear()).isEqualTo(2004);
                    assertThat(e.lastCoveredYear()).isEqualTo(2026);
                    assertThat(e.getMessage()).contains("2027").contains("2004").contains("2026");
                    assertThat(e.messageZh()).isEqualTo("ZHIFA-CAL-001：没有2027年的官方放假安排数据；日历覆盖2004–2026年");
                });
        assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2026, 12, 30), 5))
                .isInstanceOfSatisfying(CalendarDataUnavailableException.class, e -> assertThat(e.year())
                        .isEqualTo(2027));
        assertThatThrownBy(() -> cal.minusWorkingDays(LocalDate.of(2004, 1, 2), 2))
                .isInstanceOfSatisfying(CalendarDataUnavailableException.class, e -> assertThat(e.year())
                        .isEqualTo(2003));
        assertThatThrownBy(() -> cal.workingDaysBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)))
                .isInstanceOf(CalendarDataUnavailableException.class);
        assertThat(cal.plusWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void plainWeekendPolicySaysSo() {
        ChinaCalendar lenient = cal.withOutsideCoveragePolicy(OutsideCoveragePolicy.ASSUME_PLAIN_WEEKENDS);
        DayInfo info = lenient.dayInfo(LocalDate.of(2027, 1, 1)); // a Friday
        assertThat(info.assumed()).isTrue();
        assertThat(info.workingDay()).isTrue();
        assertThat(info.describe()).contains("assumed");
        // 2026-12-31 is Thursday; +3 working days: 2027-01-01 (Fri), 01-04 (Mon), 01-05 (Tue)
        assertThat(lenient.plusWorkingDays(LocalDate.of(2026, 12, 31), 3)).isEqualTo(LocalDate.of(2027, 1, 5));
        // 2004-01-01 is 元旦: the 2 working days before 2004-01-02 are 2003-12-31 and 12-30 (assumed)
        assertThat(lenient.minusWorkingDays(LocalDate.of(2004, 1, 2), 2)).isEqualTo(LocalDate.of(2003, 12, 30));
        Deadline d = LegalPeriod.workingDays(3).after(LocalDate.of(2026, 12, 31), lenient);
        assertThat(d.assumedYears()).containsExactly(2027);
        assertThat(d.explanation()).contains("ASSUMED plain weekends for [2027]");
        assertThat(lenient.coverage().outsidePolicy()).isEqualTo(OutsideCoveragePolicy.ASSUME_PLAIN_WEEKENDS);
    }

    @Test
    void makeupWorkdayPolicy() {
        ChinaCalendar rest = cal.withMakeupWorkdayPolicy(MakeupWorkdayPolicy.REST);
        assertThat(rest.isWorkingDay(LocalDate.of(2024, 10, 12))).isFalse();
        assertThat(rest.dayInfo(LocalDate.of(2024, 10, 12)).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        // without 09-29 and 10-12: 09-30, 10-08..11 are 5, then 10-14 (Mon) and 10-15 → 7th is 10-15
        assertThat(rest.plusWorkingDays(LocalDate.of(2024, 9, 27), 7)).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(cal.makeupWorkdayPolicy()).isEqualTo(MakeupWorkdayPolicy.WORKING);
    }
}
