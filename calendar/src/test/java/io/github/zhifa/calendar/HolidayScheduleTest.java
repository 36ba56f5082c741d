package io.github.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayScheduleTest {
    private static final String YEAR_2027 =
            """
            zhifa-schedule 1
            scope national
            # a made-up 2027 schedule, only for this test
            year 2027 notice=TEST-2027 checked=no
            block 2027-01-01..2027-01-03 元旦 statutory=2027-01-01
            block 2027-10-01..2027-10-07 国庆节 statutory=2027-10-01..2027-10-03 makeup=2027-09-26,2027-10-09
            """;

    @Test
    void addingAYear() {
        ChinaCalendar cal = ChinaCalendar.official().with(HolidaySchedule.parse(YEAR_2027, "extra-2027.schedule"));
        assertThat(cal.coverage().lastYear()).isEqualTo(2027);
        assertThat(cal.coverage().years().get(cal.coverage().years().size() - 1).notices())
                .containsExactly("TEST-2027");
        assertThat(cal.dayInfo(LocalDate.of(2027, 10, 9)).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(cal.dayInfo(LocalDate.of(2027, 10, 4)).notice()).isEqualTo("TEST-2027");
        assertThat(cal.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        // the official calendar itself is unchanged
        assertThat(ChinaCalendar.official().coverage().lastYear()).isEqualTo(2026);
    }

    @Test
    void aYearTwiceIsAConflictNamingBothSources() {
        String again =
                """
                zhifa-schedule 1
                scope national
                year 2024 notice=OTHER
                block 2024-10-01..2024-10-07 国庆节 statutory=2024-10-01..2024-10-03
                """;
        assertThatThrownBy(() -> ChinaCalendar.official().with(HolidaySchedule.parse(again, "fix.schedule")))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("ZHIFA-CAL-003");
                    assertThat(e.firstSource()).startsWith("china-national.schedule:");
                    assertThat(e.secondSource()).isEqualTo("fix.schedule:3");
                    assertThat(e.getMessage())
                            .contains("year 2024 is defined twice")
                            .contains("replace=yes");
                });
    }

    @Test
    void aCorrectionReplacesTheYear() {
        String fix =
                """
                zhifa-schedule 1
                scope national
                year 2024 notice=CORRECTED replace=yes
                block 2024-10-01..2024-10-03 国庆节 statutory=2024-10-01..2024-10-03
                """;
        ChinaCalendar cal = ChinaCalendar.official().with(HolidaySchedule.parse(fix, "fix.schedule"));
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 10, 4))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 13))).isTrue(); // 春节 block gone with the replaced year
        assertThat(cal.coverage().years().get(2024 - 2004).notices()).containsExactly("CORRECTED");
    }

    @Test
    void anOverlappingDayIsAConflict() {
        // a 2027 schedule claiming 2026-12-31 as a make-up workday is fine; claiming 2026-10-01 is not
        String overlapping =
                """
                zhifa-schedule 1
                scope national
                year 2027 notice=TEST
                block 2027-01-01 元旦 statutory=2027-01-01 makeup=2026-10-03
                """;
        assertThatThrownBy(() -> ChinaCalendar.official().with(HolidaySchedule.parse(overlapping, "x.schedule")))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.getMessage())
                            .contains("2026-10-03 is a rest day of 国庆节 and also a make-up workday" + " for 元旦");
                    assertThat(e.secondSource()).isEqualTo("x.schedule:4");
                });
    }

    @Test
    void aGapIsAConflict() {
        String y2028 =
                """
                zhifa-schedule 1
                scope national
                year 2028 notice=TEST
                """;
        assertThatThrownBy(() -> ChinaCalendar.official().with(HolidaySchedule.parse(y2028, "x.schedule")))
                .isInstanceOf(ScheduleConflictException.class)
                .hasMessageContaining("gap: no schedule for 2027");
    }

    @Test
    void regionalOverlay() {
        // illustrative only (no regional notice cited): an extra rest day on a plain Thursday
        String region =
                """
                zhifa-schedule 1
                scope region 450000 广西壮族自治区
                year 2024 notice=TEST-REGION
                block 2024-04-11..2024-04-12 三月三 statutory=2024-04-11
                """;
        ChinaCalendar cal = ChinaCalendar.official().withRegion(HolidaySchedule.parse(region, "gx.schedule"));
        assertThat(cal.regions()).containsExactly("450000");
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 4, 11))).isFalse();
        assertThat(cal.dayInfo(LocalDate.of(2024, 4, 11)).name()).isEqualTo("三月三");
        assertThat(ChinaCalendar.official().isWorkingDay(LocalDate.of(2024, 4, 11)))
                .isTrue();
        String clash = region.replace(
                "2024-04-11..2024-04-12 三月三 statutory=2024-04-11", "2024-04-07 三月三 statutory=2024-04-07");
        assertThatThrownBy(() -> ChinaCalendar.official().withRegion(HolidaySchedule.parse(clash, "gx.schedule")))
                .isInstanceOf(ScheduleConflictException.class)
                .hasMessageContaining("2024-04-07 is a make-up workday for 清明节 and also a rest day of 三月三");
        assertThatThrownBy(() -> ChinaCalendar.official().with(HolidaySchedule.parse(region, "gx.schedule")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatErrorsNameTheLine() {
        assertFormatError("scope national\n", "x:1", "the first line must be 'zhifa-schedule 1'");
        assertFormatError("zhifa-schedule 1\nscope national\nyear 2027\n", "x:3", "has no notice=");
        assertFormatError(
                "zhifa-schedule 1\nscope national\nblock 2027-01-01 元旦 statutory=\n", "x:3", "before any 'year'");
        assertFormatError(
                "zhifa-schedule 1\nscope national\nyear 2027 notice=N\nblock 2027-13-01 元旦 statutory=\n",
                "x:4",
                "not an ISO date");
        assertFormatError(
                "zhifa-schedule 1\nscope national\nyear 2027 notice=N\nblock 2027-01-01 元旦" + " statutory=2027-01-02\n",
                "x:4",
                "outside the block");
        assertFormatError(
                "zhifa-schedule 1\nscope national\nyear 2027 notice=N\nblock 2027-01-01 元旦 statutory="
                        + " makeup=2027-01-05\n",
                "x:4",
                "not a Saturday or Sunday");
        assertFormatError(
                "zhifa-schedule 1\nscope national\nyear 2027 notice=N\nblock 2027-01-01 元旦 statutory="
                        + " colour=red\n",
                "x:4",
                "unknown attribute 'colour'");
        assertFormatError(
                "zhifa-schedule 1\nscope national\nyear 2027 notice=N\nholiday 2027-01-01\n",
                "x:4",
                "unknown line kind");
        assertThatThrownBy(() -> HolidaySchedule.parse(
                        "zhifa-schedule 1\nscope national\nyear 2027 notice=N\n"
                                + "block 2027-01-01..2027-01-03 元旦 statutory=2027-01-01\n"
                                + "block 2027-01-03 X statutory=\n",
                        "x"))
                .isInstanceOf(ScheduleConflictException.class)
                .hasMessageContaining("x:4 and x:5");
    }

    private static void assertFormatError(String text, String location, String message) {
        assertThatThrownBy(() -> HolidaySchedule.parse(text, "x"))
                .isInstanceOfSatisfying(ScheduleFormatException.class, e -> {
                    assertThat(e.location()).isEqualTo(location);
                    assertThat(e.code()).isEqualTo("ZHIFA-CAL-002");
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void aWrongFileDoesNotHaveItsTextEchoed() {
        String wrong = "当事人张三，身份证号码11010519491231002X，电话13812345678\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HolidaySchedule.parse(wrong, "decision.txt"))
                .hasMessageContaining("decision.txt")
                .hasMessageContaining("zhifa-schedule 1")
                .hasMessageNotContaining("张三")
                .hasMessageNotContaining("13812345678");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HolidaySchedule.parse("zhifa-schedule 2\n", "x"))
                .hasMessageContaining("'zhifa-schedule 2'");
    }
}
