package io.github.zhifa.review.process;

import java.util.Objects;

/**
 * One problem a reviewer found under a checklist item. Immutable.
 *
 * @param item the checklist item
 * @param text what is wrong and what to do, as the reviewer writes it
 */
public record Finding(ReviewItem item, String text) {
    /**
     * Validates the components.
     *
     * @param item the item
     * @param text the text, not blank
     */
    public Finding {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a finding needs a text");
        }
    }
}
