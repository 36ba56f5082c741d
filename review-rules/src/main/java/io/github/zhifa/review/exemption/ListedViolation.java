package io.github.zhifa.review.exemption;

import io.github.zhifa.review.Citation;
import java.util.Objects;

/**
 * The violation a list item covers: its code (the department's matter or violation code), its Chinese description,
 * the provision it violates and the provision that sets its penalty. Immutable.
 *
 * @param code the violation code, e.g. {@code SC-001}; a case names it to select the items
 * @param description the Chinese description of the violation
 * @param violatedBasis the provision violated (违法依据)
 * @param penaltyBasis the provision that sets the penalty (处罚依据)
 */
public record ListedViolation(String code, String description, Citation violatedBasis, Citation penaltyBasis) {
    /**
     * Validates the components.
     *
     * @param code the code
     * @param description the description
     * @param violatedBasis the provision violated
     * @param penaltyBasis the penalty provision
     */
    public ListedViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(violatedBasis, "violatedBasis");
        Objects.requireNonNull(penaltyBasis, "penaltyBasis");
    }
}
