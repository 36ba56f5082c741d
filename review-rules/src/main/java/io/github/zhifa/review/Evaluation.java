package io.github.zhifa.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The evaluation of one case against a rule set: an answer per topic with its explanation, the rule versions not
 * used and why, and warnings (e.g. an unverified rule took part). Immutable.
 *
 * @param facts the case
 * @param topics the answer per topic, for every {@link Topic}
 * @param skipped the rule versions considered and not used
 * @param warnings readable warnings, in Chinese and English
 */
public record Evaluation(
        CaseFacts facts, Map<Topic, TopicResult> topics, List<SkippedRule> skipped, List<String> warnings) {
    /**
     * Copies the collections.
     *
     * @param facts the facts
     * @param topics the topics
     * @param skipped the skipped rules
     * @param warnings the warnings
     */
    public Evaluation {
        Objects.requireNonNull(facts, "facts");
        topics = Map.copyOf(topics);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /**
     * The answer to one topic.
     *
     * @param topic the topic
     * @return the result
     */
    public TopicResult topic(Topic topic) {
        return topics.get(topic);
    }

    /**
     * The outcome of one topic.
     *
     * @param topic the topic
     * @return the outcome
     */
    public Outcome outcome(Topic topic) {
        return topics.get(topic).outcome();
    }
}
