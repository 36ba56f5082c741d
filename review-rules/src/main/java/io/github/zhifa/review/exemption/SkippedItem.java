package io.github.zhifa.review.exemption;

import io.github.zhifa.review.SkippedRule;
import java.util.Objects;

/**
 * A list item for the violation that was not used for the case, and why. Immutable.
 *
 * @param item the item
 * @param reason not in force on the decision date, or for another jurisdiction
 */
public record SkippedItem(ExemptionItem item, SkippedRule.Reason reason) {
    /**
     * Validates the components.
     *
     * @param item the item
     * @param reason the reason
     */
    public SkippedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }
}
