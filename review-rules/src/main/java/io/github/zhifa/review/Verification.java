package io.github.zhifa.review;

import java.util.Objects;

/**
 * Whether a rule's content was checked against the text of its source. An unverified rule (e.g. a threshold seen
 * only in news reports) is shipped as configuration and flagged in every evaluation it takes part in. Immutable.
 *
 * @param verified true if checked against the primary text named in {@code source}
 * @param source where the content comes from
 */
public record Verification(boolean verified, String source) {
    /**
     * Validates the components.
     *
     * @param verified whether verified
     * @param source the source
     */
    public Verification {
        Objects.requireNonNull(source, "source");
    }
}
