package io.github.zhifa.review.inspection;

import java.util.Optional;

/**
 * The configurable part of the inspection rules. Immutable.
 *
 * @param advanceNoticeWorkingDays working days of advance notice for non-exempt inspections (舟山: 5)
 * @param annualCapPerEnterprise the most inspections of one enterprise per year by this agency, if a cap is set
 *     (国办发〔2024〕54号 asks for annual limits; the numbers are set locally, so there is no default)
 */
public record InspectionPolicy(int advanceNoticeWorkingDays, Optional<Integer> annualCapPerEnterprise) {
    /**
     * Validates the components.
     *
     * @param advanceNoticeWorkingDays the notice period
     * @param annualCapPerEnterprise the cap
     */
    public InspectionPolicy {
        if (advanceNoticeWorkingDays < 0) {
            throw new IllegalArgumentException("advanceNoticeWorkingDays must not be negative");
        }
        if (annualCapPerEnterprise.isPresent() && annualCapPerEnterprise.get() < 1) {
            throw new IllegalArgumentException("annualCapPerEnterprise must be at least 1");
        }
    }

    /**
     * The default: 5 working days of advance notice, no annual cap.
     *
     * @return the default policy
     */
    public static InspectionPolicy defaults() {
        return new InspectionPolicy(5, Optional.empty());
    }

    /**
     * This policy with an annual cap per enterprise.
     *
     * @param cap the most inspections per enterprise per year
     * @return the new policy
     */
    public InspectionPolicy withAnnualCap(int cap) {
        return new InspectionPolicy(advanceNoticeWorkingDays, Optional.of(cap));
    }
}
