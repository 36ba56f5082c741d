package io.github.zhifa.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One declarative rule: when its condition holds for a case decided in its jurisdiction within its effective dates,
 * its topic is {@link Outcome#REQUIRED}. Rules with the same id form one rule in several versions (jurisdictions or
 * dates); for a case, the most specific version in force is used. Immutable.
 *
 * @param id a stable id, e.g. {@code hearing.art63.1}
 * @param topic the question it answers
 * @param title a short Chinese title
 * @param citation the legal source
 * @param jurisdiction where it applies
 * @param effectiveFrom the first day it applies
 * @param effectiveUntil the last day it applies, if it ends
 * @param verification whether its content was checked against the source
 * @param condition when it fires
 */
public record Rule(
        String id,
        Topic topic,
        String title,
        Citation citation,
        Jurisdiction jurisdiction,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveUntil,
        Verification verification,
        Condition condition) {
    /**
     * Validates the components.
     *
     * @param id the id
     * @param topic the topic
     * @param title the title
     * @param citation the citation
     * @param jurisdiction the jurisdiction
     * @param effectiveFrom the first day
     * @param effectiveUntil the last day
     * @param verification the verification
     * @param condition the condition
     * @throws IllegalArgumentException if the dates are reversed
     */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(condition, "condition");
        if (effectiveUntil.isPresent() && effectiveUntil.get().isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("rule " + id + ": effective.until is before effective.from");
        }
    }

    /**
     * Whether the rule is in force on a date.
     *
     * @param date the date
     * @return true if {@code effectiveFrom <= date <= effectiveUntil}
     */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom)
                && effectiveUntil.map(u -> !date.isAfter(u)).orElse(true);
    }
}
