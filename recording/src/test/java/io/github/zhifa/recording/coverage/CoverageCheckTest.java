package io.github.zhifa.recording.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.recording.CaptureSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageCheckTest {
    private static Instant t(String hms) {
        return Instant.parse("2024-05-01T" + hms + "Z");
    }

    private static CaptureSpan span(String a, String b) {
        return new CaptureSpan(t(a), t(b));
    }

    @Test
    void bundledListNamesTheSeedPlansActivities() {
        FullRecordingActivities list = FullRecordingActivities.bundled();
        assertThat(list.find("查封扣押财产")).isPresent();
        assertThat(list.find("FORCED_DEMOLITION")).isPresent();
        assertThat(list.find("执法办案场所")).isPresent();
        assertThat(list.find("ROUTINE_PATROL")).isEmpty();
    }

    @Test
    void overlappingOutOfOrderSegmentsCoverTheActivity() {
        CoverageReport r = CoverageCheck.check(
                "SEIZURE",
                span("01:00:00", "02:00:00"),
                List.of(span("01:29:00", "02:10:00"), span("00:59:00", "01:30:00")),
                Duration.ZERO);
        assertThat(r.covered()).isTrue();
        assertThat(r.fullRecordingRequired()).isTrue();
        assertThat(r.recorded()).isEqualTo(Duration.ofHours(1));
        assertThat(r.finding()).isFalse();
    }

    @Test
    void gapsAboveTheToleranceAreListed() {
        CoverageReport r = CoverageCheck.check(
                "查封扣押财产",
                span("01:00:00", "02:00:00"),
                List.of(
                        span("01:00:03", "01:20:00"), // 3 s late start: within tolerance
                        span("01:20:04", "01:40:00"), // 4 s camera restart: within tolerance
                        span("01:45:00", "01:58:00")), // 5 min gap, then 2 min missing at the end
                Duration.ofSeconds(5));
        assertThat(r.activity()).isEqualTo("SEIZURE");
        assertThat(r.gaps())
                .containsExactly(new Gap(t("01:40:00"), t("01:45:00")), new Gap(t("01:58:00"), t("02:00:00")));
        assertThat(r.finding()).isTrue();
        assertThat(r.recorded()).isEqualTo(Duration.ofMinutes(53).minusSeconds(7));
    }

    @Test
    void noVideoAtAllIsOneGap() {
        CoverageReport r =
                CoverageCheck.check("FORCED_DEMOLITION", span("01:00:00", "02:00:00"), List.of(), Duration.ZERO);
        assertThat(r.gaps()).containsExactly(new Gap(t("01:00:00"), t("02:00:00")));
    }

    @Test
    void anUnlistedActivityIsReportedButIsNoFinding() {
        CoverageReport r =
                CoverageCheck.check("ROUTINE_PATROL", span("01:00:00", "02:00:00"), List.of(), Duration.ZERO);
        assertThat(r.fullRecordingRequired()).isFalse();
        assertThat(r.covered()).isFalse();
        assertThat(r.finding()).isFalse();
    }
}
