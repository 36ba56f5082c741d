package io.github.zhifa.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One node of an explanation: a condition, whether it held, the known facts it used (rendered as text) and the
 * unknown facts that would decide it. Immutable.
 *
 * @param condition what was tested, e.g. {@code fineAmount ≥ {NATURAL_PERSON: 2000, LEGAL_PERSON: 10000}}
 * @param truth whether it held
 * @param used the known facts a leaf read, with their values (types as in {@link CaseFacts#value(Fact)}); empty
 *     for {@code all}, {@code any} and {@code not}, whose children hold the facts
 * @param missing the unknown facts that would decide it (empty unless {@link Truth#UNKNOWN})
 * @param children the nodes of sub-conditions ({@code all}, {@code any}, {@code not})
 */
public record ConditionTrace(
        String condition, Truth truth, Map<Fact, Object> used, Set<Fact> missing, List<ConditionTrace> children) {
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

    /**
     * Renders a fact value as text: amounts without trailing zeros, sets as {@code [A, B]}.
     *
     * @param value a fact value
     * @return the text
     */
    public static String render(Object value) {
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Set<?> s) {
            return s.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
