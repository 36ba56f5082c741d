package io.github.zhifa.review.exemption;

import io.github.zhifa.review.ConditionTrace;
import io.github.zhifa.review.RuleResult;
import io.github.zhifa.review.Truth;
import java.util.Objects;

/**
 * How one list item in force fared on a case: the item and the result of its compiled rule. Immutable.
 *
 * @param item the item
 * @param result the compiled rule's result (truth and explanation tree)
 */
public record ItemResult(ExemptionItem item, RuleResult result) {
    /**
     * Validates the components.
     *
     * @param item the item
     * @param result the result
     */
    public ItemResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(result, "result");
    }

    /**
     * Whether the item's condition held.
     *
     * @return the truth
     */
    public Truth truth() {
        return result.truth();
    }

    /**
     * Whether the item applies.
     *
     * @return true if its condition held
     */
    public boolean applies() {
        return result.fired();
    }

    /**
     * The explanation of the item's condition.
     *
     * @return the explanation tree
     */
    public ConditionTrace trace() {
        return result.trace();
    }
}
