package io.github.zhifa.review.process;

import java.util.Objects;

/**
 * The legal-review staffing of one agency against the seed plan's ratio (二（三）9（1））: reviewers at least 5% of
 * the agency's enforcement officers. Immutable.
 *
 * @param agency the agency's name
 * @param officers the number of enforcement officers
 * @param reviewers the number of legal reviewers
 */
public record Staffing(String agency, int officers, int reviewers) {
    /** The minimum share of reviewers, in percent of enforcement officers. */
    public static final int MIN_PERCENT = 5;

    /**
     * Validates the components.
     *
     * @param agency the agency
     * @param officers the officers, not negative
     * @param reviewers the reviewers, not negative
     */
    public Staffing {
        Objects.requireNonNull(agency, "agency");
        if (officers < 0 || reviewers < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * The fewest reviewers that meet the ratio: the ceiling of 5% of the officers.
     *
     * @return the required number
     */
    public int requiredReviewers() {
        return (int) ((officers * (long) MIN_PERCENT + 99) / 100);
    }

    /**
     * Whether the agency meets the ratio ({@code reviewers * 100 >= officers * 5}, exact integer arithmetic).
     *
     * @return true if met
     */
    public boolean meetsRatio() {
        return reviewers * 100L >= officers * (long) MIN_PERCENT;
    }

    /**
     * How many reviewers are missing.
     *
     * @return 0 if the ratio is met
     */
    public int shortfall() {
        return Math.max(0, requiredReviewers() - reviewers);
    }
}
