package io.github.zhifa.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a record was captured: from {@code start} (inclusive) to {@code end} (exclusive). A photo has
 * {@code start == end}. Immutable.
 *
 * @param start the start
 * @param end the end, not before the start
 */
public record CaptureSpan(Instant start, Instant end) {
    /**
     * Checks the span.
     *
     * @param start the start
     * @param end the end
     */
    public CaptureSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new RecordingException(RecordingException.BAD_ARGUMENT, "capture span ends before it starts");
        }
    }

    /**
     * The length of the span.
     *
     * @return the duration
     */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
