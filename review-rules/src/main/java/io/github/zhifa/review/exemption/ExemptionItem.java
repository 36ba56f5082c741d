package io.github.zhifa.review.exemption;

import io.github.zhifa.review.Citation;
import io.github.zhifa.review.Condition;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.Verification;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an exemption list: the violation it covers, what it grants, the law it rests on, and when it applies.
 * Immutable. {@link ExemptionList} compiles it to a {@link io.github.zhifa.review.Rule} with id {@link #ruleId()},
 * topic {@code kind().topic()} and condition {@link #condition()}.
 *
 * @param id the item's id in its list, e.g. {@code S-01}
 * @param kind what the item grants
 * @param violation the violation it covers
 * @param basis the law the item rests on (for the no-penalty kinds 行政处罚法 art. 33 para. 1 unless the list says
 *     otherwise)
 * @param condition when the item applies (the list's {@code when}, and {@code correctedWithinDays} if given)
 * @param jurisdiction where it applies (the list's, unless the item narrows it)
 * @param effectiveFrom the first day it applies
 * @param effectiveUntil the last day it applies, if it ends
 * @param verification whether the item was checked against the published list
 * @param note a remark, if any
 */
public record ExemptionItem(
        String id,
        ExemptionKind kind,
        ListedViolation violation,
        Citation basis,
        Condition condition,
        Jurisdiction jurisdiction,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveUntil,
        Verification verification,
        Optional<String> note) {
    /** The prefix of the ids of compiled rules. */
    public static final String RULE_PREFIX = "exemption.";

    /**
     * Validates the components.
     *
     * @param id the id
     * @param kind the kind
     * @param violation the violation
     * @param basis the basis
     * @param condition the condition
     * @param jurisdiction the jurisdiction
     * @param effectiveFrom the first day
     * @param effectiveUntil the last day
     * @param verification the verification
     * @param note the note
     * @throws IllegalArgumentException if the dates are reversed
     */
    public ExemptionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(note, "note");
        if (effectiveUntil.isPresent() && effectiveUntil.get().isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("item " + id + ": effective.until is before effective.from");
        }
    }

    /**
     * The id of the compiled rule.
     *
     * @return {@code exemption.} followed by the item id
     */
    public String ruleId() {
        return RULE_PREFIX + id;
    }
}
