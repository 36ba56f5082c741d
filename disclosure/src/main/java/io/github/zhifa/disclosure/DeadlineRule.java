package io.github.zhifa.disclosure;

import java.util.Objects;

/**
 * A disclosure deadline read from the rules data: act within {@code workingDays} working days after an event (the
 * decision, for publication; the revocation, for withdrawal). The counting follows the calendar module: the event's
 * day is not counted, and the deadline is the {@code workingDays}-th working day after it.
 *
 * @param id the rule's identifier in the data, e.g. {@code publish-penalty}
 * @param workingDays the number of working days
 * @param citation the legal source, in Chinese
 */
public record DeadlineRule(String id, int workingDays, String citation) {
    /**
     * Validates the components.
     *
     * @param id the identifier
     * @param workingDays the working days, at least 0
     * @param citation the source
     */
    public DeadlineRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays < 0");
        }
    }
}
