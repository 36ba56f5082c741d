package io.github.zhifa.review;

import java.util.Objects;

/**
 * How one rule in force fared on a case: the rule (with its citation), whether it held, and the explanation of its
 * condition, built on first access. Immutable and thread-safe.
 */
public final class RuleResult {
    private final Rule rule;
    private final CaseFacts facts;
    private final Truth truth;
    private volatile ConditionTrace trace;

    /**
     * Creates a result.
     *
     * @param rule the rule
     * @param facts the case it was tested on
     * @param truth the truth of its condition on those facts
     */
    RuleResult(Rule rule, CaseFacts facts, Truth truth) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.truth = Objects.requireNonNull(truth, "truth");
    }

    /**
     * The rule.
     *
     * @return the rule
     */
    public Rule rule() {
        return rule;
    }

    /**
     * Whether the rule's condition held.
     *
     * @return the truth
     */
    public Truth truth() {
        return truth;
    }

    /**
     * Whether the rule fired.
     *
     * @return true if its condition held
     */
    public boolean fired() {
        return truth == Truth.TRUE;
    }

    /**
     * The explanation of the rule's condition: every part, its truth, the facts it read and those it lacks.
     *
     * @return the explanation tree; {@code trace().truth() == truth()}
     */
    public ConditionTrace trace() {
        ConditionTrace t = trace;
        if (t == null) {
            t = rule.condition().explain(facts);
            trace = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleResult r && rule.equals(r.rule) && truth == r.truth && trace().equals(r.trace());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, truth);
    }

    @Override
    public String toString() {
        return "RuleResult[" + rule.id() + " " + truth + "]";
    }
}
