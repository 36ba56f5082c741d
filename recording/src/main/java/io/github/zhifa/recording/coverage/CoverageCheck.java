package io.github.zhifa.recording.coverage;

import io.github.zhifa.recording.CaptureSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks that video segments cover an activity's time span and lists the gaps.
 *
 * <pre>{@code
 * CoverageReport r = CoverageCheck.check("SEIZURE", activitySpan, videoSpans, Duration.ofSeconds(5));
 * r.finding();   // full recording required and a gap longer than 5 s
 * }</pre>
 *
 * <p>Segments may overlap and come in any order; parts outside the activity are ignored. A gap is a stretch of the
 * activity that no segment covers; gaps of at most the tolerance (a camera restart, a battery swap the rules allow)
 * are not reported. Stateless and thread-safe.
 */
public final class CoverageCheck {
    private CoverageCheck() {}

    /**
     * Checks an activity against the bundled full-recording list.
     *
     * @param activityKind the activity's kind code or Chinese name
     * @param activity the activity's span
     * @param video the video segments' capture spans
     * @param tolerance the largest gap that is ignored
     * @return the report
     */
    public static CoverageReport check(
            String activityKind, CaptureSpan activity, List<CaptureSpan> video, Duration tolerance) {
        return check(FullRecordingActivities.bundled(), activityKind, activity, video, tolerance);
    }

    /**
     * Checks an activity against a given full-recording list.
     *
     * @param list the list of kinds that require full recording
     * @param activityKind the activity's kind code or Chinese name
     * @param activity the activity's span
     * @param video the video segments' capture spans
     * @param tolerance the largest gap that is ignored
     * @return the report
     */
    public static CoverageReport check(
            FullRecordingActivities list,
            String activityKind,
            CaptureSpan activity,
            List<CaptureSpan> video,
            Duration tolerance) {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(activityKind, "activityKind");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance < 0");
        }
        List<CaptureSpan> sorted = new ArrayList<>(video);
        sorted.sort(Comparator.comparing(CaptureSpan::start));
        List<Gap> gaps = new ArrayList<>();
        Duration recorded = Duration.ZERO;
        Instant cursor = activity.start();
        Instant end = activity.end();
        for (CaptureSpan s : sorted) {
            if (!cursor.isBefore(end)) {
                break;
            }
            if (!s.end().isAfter(cursor)) {
                continue;
            }
            Instant from = s.start().isAfter(cursor) ? s.start() : cursor;
            if (!from.isBefore(end)) {
                break;
            }
            if (from.isAfter(cursor)) {
                addGap(gaps, cursor, from, tolerance);
            }
            Instant to = s.end().isBefore(end) ? s.end() : end;
            recorded = recorded.plus(Duration.between(from, to));
            cursor = to;
        }
        if (cursor.isBefore(end)) {
            addGap(gaps, cursor, end, tolerance);
        }
        String code = list.find(activityKind).map(ActivityKind::code).orElse(activityKind);
        return new CoverageReport(code, activity, list.find(activityKind).isPresent(), tolerance, recorded, gaps);
    }

    private static void addGap(List<Gap> gaps, Instant from, Instant to, Duration tolerance) {
        if (Duration.between(from, to).compareTo(tolerance) > 0) {
            gaps.add(new Gap(from, to));
        }
    }
}
