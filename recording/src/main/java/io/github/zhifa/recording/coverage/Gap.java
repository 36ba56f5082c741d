package io.github.zhifa.recording.coverage;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of an activity with no video. Immutable.
 *
 * @param start the first instant without video
 * @param end the end of the gap (exclusive)
 */
public record Gap(Instant start, Instant end) {
    /**
     * Checks the components.
     *
     * @param start the start
     * @param end the end
     */
    public Gap {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * The gap's length.
     *
     * @return the duration
     */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
