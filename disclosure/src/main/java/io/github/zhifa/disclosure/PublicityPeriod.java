package io.github.zhifa.disclosure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a penalty stays published (公示期), read from the rules data: {@code months} months from the publication
 * day, or at least that long when {@code atLeast} (the actual restriction period decides, SAMR rule art. 13 para. 3).
 * The end is computed as in 民法典 arts. 201–202: the publication day is not counted and the period ends on the
 * corresponding day of the last month, or on that month's last day if it has none.
 *
 * @param id the rule's identifier in the data, e.g. {@code publicity-short}
 * @param months the length in months
 * @param atLeast whether the period is a minimum rather than exact
 * @param citation the legal source, in Chinese
 */
public record PublicityPeriod(String id, int months, boolean atLeast, String citation) {
    /**
     * Validates the components.
     *
     * @param id the identifier
     * @param months the months, at least 1
     * @param atLeast whether a minimum
     * @param citation the source
     */
    public PublicityPeriod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        if (months < 1) {
            throw new IllegalArgumentException("months < 1");
        }
    }

    /**
     * The end of publication for a publication day.
     *
     * @param publishedOn the day of publication
     * @return the last day of publication ({@code publishedOn} plus the months)
     */
    public LocalDate endFor(LocalDate publishedOn) {
        return publishedOn.plusMonths(months);
    }
}
