package io.github.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalPeriodTest {
    private final ChinaCalendar cal = ChinaCalendar.official();

    @Test
    void sevenWorkingDaysAfterTheDecision() {
        Deadline d = LegalPeriod.workingDays(7).after(LocalDate.of(2024, 9, 27), cal);
        assertThat(d.end()).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(d.makeupWorkdaysCounted()).containsExactly(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12));
        assertThat(d.skipped())
                .extracting(SkippedDays::toString)
                .containsExactly("2024-09-28 weekend", "2024-10-01..07 国庆节");
        assertThat(d.summary())
                .contains("7 working days after 2024-09-27; skipped 2024-10-01..07 国庆节 and 1 weekend"
                        + " day (2024-09-28)");
        assertThat(d.explanation()).startsWith("2024-10-12 (SATURDAY) is the last day");
        assertThat(d.explanationZh())
                .isEqualTo("2024-10-12（星期六）为期限最后一日：2024-09-27后第7个工作日（开始的当日不计入，"
                        + "民法典第二百零一条）；跳过 2024-10-01..07 国庆节、周末1天（2024-09-28）；计入调休上班日 2024-09-29、2024-10-12");
        assertThat(d.isMetBy(LocalDate.of(2024, 10, 12))).isTrue();
        assertThat(d.isMetBy(LocalDate.of(2024, 10, 14))).isFalse();
    }

    @Test
    void calendarDaysWithRestDayExtension() {
        // 10 days after 2024-09-21 is 2024-10-01, 国庆节: extended past 10-01..07 to 10-08 (民法典 art. 203)
        Deadline d = LegalPeriod.calendarDays(10).after(LocalDate.of(2024, 9, 21), cal);
        assertThat(d.nominalEnd()).contains(LocalDate.of(2024, 10, 1));
        assertThat(d.end()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(d.extended()).isTrue();
        assertThat(d.skipped()).extracting(SkippedDays::toString).containsExactly("2024-10-01..07 国庆节");
        assertThat(d.explanationZh()).contains("2024-10-01为法定休假日，以休假日结束的次日为期间的最后一日（民法典第二百零三条）");
        // ending on a make-up Saturday: a working day, no extension
        Deadline s = LegalPeriod.calendarDays(15).after(LocalDate.of(2024, 9, 27), cal);
        assertThat(s.end()).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(s.extended()).isFalse();
        // 15 days to pay a fine (行政处罚法 art. 67) from 2024-06-01: 06-16 is a Sunday → 06-17
        assertThat(LegalPeriod.calendarDays(15)
                        .after(LocalDate.of(2024, 6, 1), cal)
                        .end())
                .isEqualTo(LocalDate.of(2024, 6, 17));
    }

    @Test
    void monthsAndYears() {
        // 1 month after 2024-01-31: no 31st in February → 2024-02-29 (Thursday, working)
        Deadline m = LegalPeriod.months(1).after(LocalDate.of(2024, 1, 31), cal);
        assertThat(m.end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(m.summary()).contains("month's last day");
        assertThat(m.explanationZh()).contains("以月末日2024-02-29为期间的最后一日（民法典第二百零二条）");
        // 6 months after 2024-04-01 is 2024-10-01 (国庆节) → 2024-10-08
        assertThat(LegalPeriod.months(6).after(LocalDate.of(2024, 4, 1), cal).end())
                .isEqualTo(LocalDate.of(2024, 10, 8));
        // 1 year after 2023-02-11 is 2024-02-11 (春节) → 2024-02-18, a Sunday make-up workday
        assertThat(LegalPeriod.years(1).after(LocalDate.of(2023, 2, 11), cal).end())
                .isEqualTo(LocalDate.of(2024, 2, 18));
    }

    @Test
    void advanceNotice() {
        Deadline n = LegalPeriod.workingDays(5).noticeBefore(LocalDate.of(2024, 10, 9), cal);
        assertThat(n.end()).isEqualTo(LocalDate.of(2024, 9, 26));
        assertThat(cal.plusWorkingDays(n.end(), 5)).isEqualTo(LocalDate.of(2024, 10, 9));
        assertThat(cal.plusWorkingDays(n.end().plusDays(1), 5)).isAfter(LocalDate.of(2024, 10, 9));
        // an ordinary week: inspection on Monday 2024-03-18, 5 working days → notice by Monday 2024-03-11
        assertThat(LegalPeriod.workingDays(5)
                        .noticeBefore(LocalDate.of(2024, 3, 18), cal)
                        .end())
                .isEqualTo(LocalDate.of(2024, 3, 11));
        // event on a Sunday: counted up to the Friday before
        Deadline sunday = LegalPeriod.workingDays(1).noticeBefore(LocalDate.of(2024, 3, 17), cal);
        assertThat(sunday.end()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThatThrownBy(() -> LegalPeriod.calendarDays(3).noticeBefore(LocalDate.of(2024, 3, 17), cal))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deadlineAssertionMessage() {
        assertThatThrownBy(() -> DeadlineAssertions.assertWithinWorkingDays(
                        "published", LocalDate.of(2024, 9, 27), 7, LocalDate.of(2024, 10, 14)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("published 2024-10-14, 1 working day after the deadline 2024-10-12 (7 working"
                        + " days after 2024-09-27; skipped 2024-10-01..07 国庆节");
        DeadlineAssertions.assertWithinWorkingDays(
                "published", LocalDate.of(2024, 9, 27), 7, LocalDate.of(2024, 10, 12));
        assertThatThrownBy(() -> DeadlineAssertions.assertNoticeGiven(
                        "notified", LocalDate.of(2024, 9, 27), 5, LocalDate.of(2024, 10, 9)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("only 4 working day(s) before 2024-10-09; the latest day was 2024-09-26");
    }
}
