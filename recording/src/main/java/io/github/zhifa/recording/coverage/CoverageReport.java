package io.github.zhifa.recording.coverage;

import io.github.zhifa.recording.CaptureSpan;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Whether the video of an activity covers it. Immutable.
 *
 * @param activity the activity's kind code (or the caller's label when it is not listed)
 * @param activitySpan the activity's time span
 * @param fullRecordingRequired whether the kind is on the full-recording list
 * @param tolerance gaps up to this length are ignored
 * @param recorded how much of the activity has video
 * @param gaps the gaps longer than the tolerance, in time order
 */
public record CoverageReport(
        String activity,
        CaptureSpan activitySpan,
        boolean fullRecordingRequired,
        Duration tolerance,
        Duration recorded,
        List<Gap> gaps) {
    /**
     * Checks the components.
     *
     * @param activity the activity
     * @param activitySpan the span
     * @param fullRecordingRequired whether required
     * @param tolerance the tolerance
     * @param recorded the recorded time
     * @param gaps the gaps
     */
    public CoverageReport {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(activitySpan, "activitySpan");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(recorded, "recorded");
        gaps = List.copyOf(gaps);
    }

    /**
     * Whether the video covers the activity (no gap above the tolerance).
     *
     * @return true when covered
     */
    public boolean covered() {
        return gaps.isEmpty();
    }

    /**
     * Whether this is a finding: full recording is required and the video does not cover the activity.
     *
     * @return true when it is
     */
    public boolean finding() {
        return fullRecordingRequired && !covered();
    }
}
