package io.github.zhifa.review;

import java.util.Objects;

/**
 * How one rule in force fared on a case: the rule (with its citation) and the explanation of its condition.
 * Immutable.
 *
 * @param rule the rule
 * @param trace the explanation of its condition; {@code trace.truth()} is whether it fired
 */
public record RuleResult(Rule rule, ConditionTrace trace) {
    /**
     * Validates the components.
     *
     * @param rule the rule
     * @param trace the trace
     */
    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(trace, "trace");
    }

    /**
     * Whether the rule fired.
     *
     * @return true if its condition held
     */
    public boolean fired() {
        return trace.truth() == Truth.TRUE;
    }
}
