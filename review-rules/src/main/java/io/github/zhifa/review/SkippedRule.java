package io.github.zhifa.review;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule version that was considered for a case and not used, and why. Immutable.
 *
 * @param rule the rule version
 * @param reason why it was not used
 * @param supersededBy the version used instead, for {@link Reason#SUPERSEDED}
 */
public record SkippedRule(Rule rule, Reason reason, Optional<Rule> supersededBy) {
    /** Why a rule version was not used. */
    public enum Reason {
        /** The decision date is outside its effective dates. */
        NOT_IN_FORCE,
        /** Its jurisdiction does not cover the case's. */
        OTHER_JURISDICTION,
        /** A more specific version of the same rule applies. */
        SUPERSEDED
    }

    /**
     * Validates the components.
     *
     * @param rule the rule
     * @param reason the reason
     * @param supersededBy the replacing version
     */
    public SkippedRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(supersededBy, "supersededBy");
    }
}
