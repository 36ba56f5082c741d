package io.github.zhifa.review;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The answer to one topic for a case, with its explanation. Immutable.
 *
 * @param topic the topic
 * @param outcome the answer
 * @param missing for {@link Outcome#UNDETERMINED}, exactly the unknown facts that the undecided rules depend on:
 *     once they are all known the topic is determined; empty otherwise
 * @param rules every rule in force for the topic, in rule-set order, with its explanation
 */
public record TopicResult(Topic topic, Outcome outcome, Set<Fact> missing, List<RuleResult> rules) {
    /**
     * Copies the collections.
     *
     * @param topic the topic
     * @param outcome the outcome
     * @param missing the missing facts
     * @param rules the rules
     */
    public TopicResult {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(outcome, "outcome");
        missing = Set.copyOf(missing);
        rules = List.copyOf(rules);
    }

    /**
     * The rules that fired.
     *
     * @return the rules whose condition held
     */
    public List<Rule> fired() {
        return rules.stream().filter(RuleResult::fired).map(RuleResult::rule).toList();
    }
}
