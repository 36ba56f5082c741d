package io.github.zhifa.review;

import java.util.Objects;
import java.util.Optional;

/**
 * The legal source of a rule: law, article, and optionally paragraph and item, with the quoted text. Immutable.
 *
 * @param law the law or document, e.g. {@code 行政处罚法}
 * @param article the article as written in the source, e.g. {@code 58} or {@code 二（三）10（1）}
 * @param paragraph the paragraph (款), if any
 * @param item the item (项), if any
 * @param text the quoted words of the source the rule encodes, if given
 */
public record Citation(
        String law, String article, Optional<String> paragraph, Optional<String> item, Optional<String> text) {
    /**
     * Validates the components.
     *
     * @param law the law
     * @param article the article
     * @param paragraph the paragraph
     * @param item the item
     * @param text the text
     */
    public Citation {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A short reference, e.g. {@code 行政处罚法 第58条 第1项}.
     *
     * @return the reference
     */
    public String reference() {
        StringBuilder sb = new StringBuilder(law).append(' ');
        sb.append(article.chars().allMatch(Character::isDigit) ? "第" + article + "条" : article);
        paragraph.ifPresent(p -> sb.append(" 第").append(p).append('款'));
        item.ifPresent(i -> sb.append(" 第").append(i).append('项'));
        return sb.toString();
    }
}
