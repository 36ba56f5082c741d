package io.github.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarYear;
import com.nlf.calendar.Solar;
import io.github.zhifa.calendar.internal.StatutoryHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link OutsideCoveragePolicy#ASSUME_STATUTORY_HOLIDAYS}: the bundled lunar table checked year by year against the
 * 6tail lunar library, the 2024 text's rule checked against the official 2025 and 2026 notices, and the policy's
 * answers and explanations.
 */
class StatutoryHolidaysTest {
    private static final ChinaCalendar OFFICIAL = ChinaCalendar.official();
    private static final ChinaCalendar CAL =
            OFFICIAL.withOutsideCoveragePolicy(OutsideCoveragePolicy.ASSUME_STATUTORY_HOLIDAYS);

    /** 放假办法 art. 2 (2024 text), computed from the 6tail lunar library, independently of the table. */
    private static Set<LocalDate> art2ByPeer(int y) {
        Set<LocalDate> s = new TreeSet<>();
        s.add(LocalDate.of(y, 1, 1)); // （一）元旦 1月1日
        LocalDate chunjie = solar(Lunar.fromYmd(y, 1, 1).getSolar());
        s.add(chunjie.minusDays(1)); // （二）春节 农历除夕、正月初一至初三
        s.add(chunjie);
        s.add(chunjie.plusDays(1));
        s.add(chunjie.plusDays(2));
        s.add(solar(Lunar.fromYmd(y, 1, 1).getJieQiTable().get("清明"))); // （三）清明节 农历清明当日
        s.add(LocalDate.of(y, 5, 1)); // （四）劳动节 5月1日、2日
        s.add(LocalDate.of(y, 5, 2));
        s.add(solar(Lunar.fromYmd(y, 5, 5).getSolar())); // （五）端午节 农历端午当日
        s.add(solar(Lunar.fromYmd(y, 8, 15).getSolar())); // （六）中秋节 农历中秋当日
        s.add(LocalDate.of(y, 10, 1)); // （七）国庆节 10月1日至3日
        s.add(LocalDate.of(y, 10, 2));
        s.add(LocalDate.of(y, 10, 3));
        return s;
    }

    private static LocalDate solar(Solar s) {
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }

    @Test
    void tableAgreesWithThePeerEveryYear() {
        for (int y = StatutoryHolidays.FIRST_YEAR; y <= StatutoryHolidays.LAST_YEAR; y++) {
            // 除夕: the last day of the twelfth month of the previous lunar year (29th or 30th), asked of the peer
            int lastDay = LunarYear.fromYear(y - 1).getMonth(12).getDayCount();
            LocalDate chuxi = solar(Lunar.fromYmd(y - 1, 12, lastDay).getSolar());
            LocalDate[] row = StatutoryHolidays.lunarDates(y);
            assertThat(row[0]).as("除夕 %d", y).isEqualTo(chuxi);
            assertThat(row[1])
                    .as("清明 %d", y)
                    .isEqualTo(solar(Lunar.fromYmd(y, 1, 1).getJieQiTable().get("清明")));
            assertThat(row[2])
                    .as("端午 %d", y)
                    .isEqualTo(solar(Lunar.fromYmd(y, 5, 5).getSolar()));
            assertThat(row[3])
                    .as("中秋 %d", y)
                    .isEqualTo(solar(Lunar.fromYmd(y, 8, 15).getSolar()));
            assertThat(StatutoryHolidays.days(y).keySet())
                    .as("art. 2 days %d", y)
                    .isEqualTo(art2ByPeer(y));
        }
    }

    @Test
    void ruleAgreesWithTheOfficialNotices2025And2026() {
        // The notices are official: the statutory= days they mark must be exactly art. 2's days for the year.
        for (int y = 2025; y <= 2026; y++) {
            Set<LocalDate> official = new TreeSet<>();
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                DayInfo info = OFFICIAL.dayInfo(d);
                if (info.statutory()) {
                    official.add(d);
                    assertThat(info.assumed()).isFalse();
                }
            }
            assertThat(official)
                    .as("statutory days %d", y)
                    .isEqualTo(StatutoryHolidays.days(y).keySet());
            assertThat(official).hasSize(13);
        }
        // 2025 (国办发明电〔2024〕12号): 春节 from 1-28 (农历除夕), 清明 4-4, 端午 5-31, 中秋 inside 国庆 10-1..8 (10-6)
        assertThat(StatutoryHolidays.lunarDates(2025))
                .containsExactly(
                        LocalDate.of(2025, 1, 28),
                        LocalDate.of(2025, 4, 4),
                        LocalDate.of(2025, 5, 31),
                        LocalDate.of(2025, 10, 6));
        // and the names match the notices' blocks on the days only one holiday claims
        StatutoryHolidays.days(2026)
                .forEach((d, name) ->
                        assertThat(OFFICIAL.dayInfo(d).name()).as("%s", d).isEqualTo(name));
    }

    @Test
    void newYear2027IsAnAssumedStatutoryHoliday() {
        DayInfo info = CAL.dayInfo(LocalDate.of(2027, 1, 1)); // a Friday
        assertThat(info.workingDay()).isFalse();
        assertThat(info.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(info.name()).isEqualTo("元旦");
        assertThat(info.statutory()).isTrue();
        assertThat(info.assumed()).isTrue();
        assertThat(info.assumedStatutory()).isTrue();
        assertThat(info.notice()).isEqualTo("全国年节及纪念日放假办法（2024年修订）第二条（推定）");
        assertThat(info.describe())
                .startsWith("rest day, 元旦 (statutory holiday)")
                .contains("assumed: no official schedule for 2027")
                .contains("全国年节及纪念日放假办法 art. 2 (2024 text)");
        // a plain weekday is also marked as assumed, with the article
        DayInfo plain = CAL.dayInfo(LocalDate.of(2027, 1, 4));
        assertThat(plain.workingDay()).isTrue();
        assertThat(plain.assumedStatutory()).isTrue();
        assertThat(plain.describe()).contains("art. 2");
        // official days stay official
        assertThat(CAL.dayInfo(LocalDate.of(2026, 12, 31)).assumed()).isFalse();
    }

    @Test
    void sevenWorkingDaysAfter20261228SkipNewYear() {
        // 2026-12-28 is a Monday: 12-29, 30, 31; 2027-01-01 (Fri) 元旦 skipped; 01-02/03 weekend; 01-04..07
        Deadline d = LegalPeriod.workingDays(7).after(LocalDate.of(2026, 12, 28), CAL);
        assertThat(d.end()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(d.assumedYears()).containsExactly(2027);
        assertThat(d.assumedStatutoryHolidays()).isTrue();
        assertThat(d.skipped())
                .extracting(SkippedDays::toString)
                .containsExactly("2027-01-01 元旦 (assumed)", "2027-01-02..03 weekend");
        assertThat(d.explanation())
                .contains("ASSUMED weekends and the statutory holidays of 全国年节及纪念日放假办法 art. 2 (2024 text) for [2027]")
                .doesNotContain("plain weekends");
        assertThat(d.explanationZh())
                .contains("跳过 2027-01-01 元旦（推定）")
                .contains("注意：[2027]年无官方放假安排")
                .contains("第二条");
        // plain weekends would have ended a day earlier
        ChinaCalendar plain = OFFICIAL.withOutsideCoveragePolicy(OutsideCoveragePolicy.ASSUME_PLAIN_WEEKENDS);
        assertThat(LegalPeriod.workingDays(7)
                        .after(LocalDate.of(2026, 12, 28), plain)
                        .end())
                .isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void springFestival2027AndSharedDays() {
        // 2027: 除夕 02-05 (Fri), 初一–初三 02-06..08; 02-09 (Tue) is assumed a working day (no bridging days)
        for (LocalDate d = LocalDate.of(2027, 2, 5); d.isBefore(LocalDate.of(2027, 2, 9)); d = d.plusDays(1)) {
            assertThat(CAL.dayInfo(d).name()).as("%s", d).isEqualTo("春节");
            assertThat(CAL.isWorkingDay(d)).isFalse();
        }
        assertThat(CAL.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
        assertThat(CAL.nextWorkingDay(LocalDate.of(2027, 2, 4))).isEqualTo(LocalDate.of(2027, 2, 9));
        // 2031: 中秋 falls on 10-01
        assertThat(CAL.dayInfo(LocalDate.of(2031, 10, 1)).name()).isEqualTo("中秋节、国庆节");
        // no make-up workdays are assumed: every assumed Saturday/Sunday is a rest day
        assertThat(CAL.isWorkingDay(LocalDate.of(2027, 9, 26))).isFalse();
        // 13 statutory days, so 2027 has weekdays − weekday statutory days working days
        int working = CAL.workingDaysBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));
        long weekdays = 0;
        long weekdayHolidays = 0;
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() == 2027; d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            weekdays += weekday ? 1 : 0;
            weekdayHolidays += weekday && art2ByPeer(2027).contains(d) ? 1 : 0;
        }
        assertThat(working).isEqualTo(weekdays - weekdayHolidays);
    }

    @Test
    void refusesBeyondTheHorizonAndBeforeCoverage() {
        assertThat(CAL.isWorkingDay(LocalDate.of(2050, 12, 30))).isTrue();
        assertThatThrownBy(() -> CAL.dayInfo(LocalDate.of(2051, 1, 1)))
                .isInstanceOfSatisfying(CalendarDataUnavailableException.class, e -> assertThat(e.year())
                        .isEqualTo(2051));
        assertThatThrownBy(() -> CAL.plusWorkingDays(LocalDate.of(2050, 12, 28), 5))
                .isInstanceOfSatisfying(CalendarDataUnavailableException.class, e -> assertThat(e.year())
                        .isEqualTo(2051));
        assertThatThrownBy(() -> CAL.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2051, 6, 1)))
                .isInstanceOf(CalendarDataUnavailableException.class);
        assertThatThrownBy(() -> CAL.dayInfo(LocalDate.of(2003, 12, 31)))
                .isInstanceOfSatisfying(CalendarDataUnavailableException.class, e -> assertThat(e.year())
                        .isEqualTo(2003));
        assertThatThrownBy(() -> CAL.minusWorkingDays(LocalDate.of(2004, 1, 5), 5))
                .isInstanceOf(CalendarDataUnavailableException.class);
        assertThat(CAL.coverage().outsidePolicy()).isEqualTo(OutsideCoveragePolicy.ASSUME_STATUTORY_HOLIDAYS);
        assertThat(CAL.coverage().lastYear()).isEqualTo(2026);
    }

    @Test
    void aLoadedYearTakesPrecedenceOverTheAssumption() {
        HolidaySchedule y2027 = HolidaySchedule.parse(
                "zhifa-schedule 1\nscope national\nyear 2027 notice=TEST checked=no\n"
                        + "block 2027-01-01..2027-01-03 元旦 statutory=2027-01-01\n",
                "test-2027");
        ChinaCalendar cal = CAL.with(y2027);
        assertThat(cal.dayInfo(LocalDate.of(2027, 1, 1)).assumed()).isFalse();
        assertThat(cal.dayInfo(LocalDate.of(2027, 1, 1)).notice()).isEqualTo("TEST");
        assertThat(cal.dayInfo(LocalDate.of(2028, 1, 1)).assumedStatutory()).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2028, 1, 25))).isFalse(); // 除夕 2028
    }
}
