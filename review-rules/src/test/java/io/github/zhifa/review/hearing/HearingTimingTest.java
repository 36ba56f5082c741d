package io.github.zhifa.review.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Expected dates worked out by hand from the State Council schedules: 2024 (国办发明电〔2023〕7号: 国庆节 10-01..10-07
 * off, Sunday 09-29 and Saturday 10-12 worked) and 2025 (国办发明电〔2024〕12号: 春节 01-28..02-04 off, Sunday 01-26
 * and Saturday 02-08 worked).
 */
class HearingTimingTest {
    private final HearingTiming timing = HearingTiming.official();

    @Test
    void requestWindowIsFiveWorkingDaysAcrossNationalDay() {
        // after Fri 2024-09-27: 09-29 (make-up), 09-30, 10-08, 10-09, 10-10
        assertThat(timing.requestDeadline(LocalDate.of(2024, 9, 27)).end()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(timing.requestInTime(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 10)))
                .isTrue();
        assertThat(timing.requestInTime(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 11)))
                .isFalse();
    }

    @Test
    void requestWindowAcrossSpringFestival2025() {
        // after Mon 2025-01-27: 02-05, 02-06, 02-07, 02-08 (Saturday make-up), 02-10
        assertThat(timing.requestDeadline(LocalDate.of(2025, 1, 27)).end()).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void noticeAtLeastSevenWorkingDaysBeforeTheHearing() {
        // hearing Fri 2024-10-18; counted back: 18, 17, 16, 15, 14, 12 (Saturday make-up), 11 -> notice by 10-10
        assertThat(timing.noticeDeadline(LocalDate.of(2024, 10, 18)).end()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(timing.noticeInTime(LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 18)))
                .isTrue();
        assertThat(timing.noticeInTime(LocalDate.of(2024, 10, 11), LocalDate.of(2024, 10, 18)))
                .isFalse();
        assertThat(timing.earliestHearing(LocalDate.of(2024, 10, 11))).isEqualTo(LocalDate.of(2024, 10, 21));
    }
}
