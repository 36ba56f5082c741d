package io.github.zhifa.review.exemption;

import io.github.zhifa.review.Citation;
import io.github.zhifa.review.Topic;
import java.util.Locale;
import java.util.Optional;

/**
 * What a list item grants, and the {@link Topic} its compiled rule answers. Declared from the most to the least
 * lenient outcome for the party.
 */
public enum ExemptionKind {
    /** 不予处罚: the violation shall not be penalised (行政处罚法 art. 33 para. 1, first sentence; para. 2). */
    NO_PENALTY(Topic.NO_PENALTY, "不予处罚", "no penalty (shall not be penalised)"),
    /** 可以不予处罚 (首违不罚): the agency may decide not to penalise (行政处罚法 art. 33 para. 1, second sentence). */
    NO_PENALTY_PERMITTED(Topic.NO_PENALTY_PERMITTED, "可以不予处罚", "the agency may decide not to penalise"),
    /** 减轻处罚: a penalty below the lowest the penalty basis sets. */
    REDUCED_PENALTY(Topic.REDUCED_PENALTY, "减轻处罚", "a reduced penalty (below the lowest the penalty basis sets)"),
    /** 从轻处罚: a lighter penalty within the range the penalty basis sets. */
    LIGHTER_PENALTY(Topic.LIGHTER_PENALTY, "从轻处罚", "a lighter penalty (within the range the penalty basis sets)");

    private static final String LAW = "行政处罚法";

    private final Topic topic;
    private final String zh;
    private final String en;

    ExemptionKind(Topic topic, String zh, String en) {
        this.topic = topic;
        this.zh = zh;
        this.en = en;
    }

    /**
     * The topic the item's compiled rule answers.
     *
     * @return the topic
     */
    public Topic topic() {
        return topic;
    }

    /**
     * The Chinese name.
     *
     * @return e.g. 可以不予处罚
     */
    public String zh() {
        return zh;
    }

    /**
     * The English description.
     *
     * @return e.g. {@code the agency may decide not to penalise}
     */
    public String en() {
        return en;
    }

    /**
     * The article of 行政处罚法 (2021) an item of this kind rests on when the list names none: art. 33 para. 1 for the
     * two no-penalty kinds (quoting the sentence); none for the lighter and reduced kinds, whose basis depends on the
     * list (usually a discretion standard under art. 34) and must be given.
     *
     * @return the default basis, or empty
     */
    public Optional<Citation> defaultBasis() {
        return switch (this) {
            case NO_PENALTY -> Optional.of(new Citation(
                    LAW, "33", Optional.of("1"), Optional.empty(), Optional.of("违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。")));
            case NO_PENALTY_PERMITTED -> Optional.of(new Citation(
                    LAW, "33", Optional.of("1"), Optional.empty(), Optional.of("初次违法且危害后果轻微并及时改正的，可以不予行政处罚。")));
            default -> Optional.empty();
        };
    }

    /**
     * Parses a kind from a list file: the constant name (any case) or the Chinese name: 不予处罚 / 不予行政处罚, 可以不予处罚 /
     * 可以不予行政处罚 / 首违不罚, 减轻处罚 / 减轻, 从轻处罚 / 从轻. {@code 免予处罚} and {@code 免罚} are not accepted: a list
     * must say whether the law says "shall not" (不予) or "may not" (可以不予).
     *
     * @param text the text
     * @return the kind, or empty if not recognised
     */
    public static Optional<ExemptionKind> parse(String text) {
        String t = text.strip();
        for (ExemptionKind k : values()) {
            if (k.name().equals(t.toUpperCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return switch (t) {
            case "不予处罚", "不予行政处罚" -> Optional.of(NO_PENALTY);
            case "可以不予处罚", "可以不予行政处罚", "首违不罚" -> Optional.of(NO_PENALTY_PERMITTED);
            case "减轻处罚", "减轻", "减轻行政处罚" -> Optional.of(REDUCED_PENALTY);
            case "从轻处罚", "从轻", "从轻行政处罚" -> Optional.of(LIGHTER_PENALTY);
            default -> Optional.empty();
        };
    }
}
