package io.github.zhifa.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One node of an explanation: a condition, whether it held, the known facts it used (rendered as text) and the
 * unknown facts that would decide it. Immutable.
 *
 * @param condition what was tested, e.g. {@code fineAmount ≥ {NATURAL_PERSON: 2000, LEGAL_PERSON: 10000}}
 * @param truth whether it held
 * @param used the known facts the node read, with their values as text
 * @param missing the unknown facts that would decide it (empty unless {@link Truth#UNKNOWN})
 * @param children the nodes of sub-conditions ({@code all}, {@code any}, {@code not})
 */
public record ConditionTrace(
        String condition, Truth truth, Map<Fact, String> used, Set<Fact> missing, List<ConditionTrace> children) {
    /**
     * Copies the collections.
     *
     * @param condition the condition
     * @param truth the truth
     * @param used the facts used
     * @param missing the missing facts
     * @param children the children
     */
    public ConditionTrace {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(truth, "truth");
        used = Map.copyOf(used);
        missing = Set.copyOf(missing);
        children = List.copyOf(children);
    }
}
