package io.github.zhifa.disclosure;

import java.util.Objects;

/**
 * A rule from the rules data that applied to a record, e.g. the SAMR rule that a warning-only penalty is not
 * published.
 *
 * @param id the rule's identifier in the data, e.g. {@code warning-only}
 * @param citation the legal source, in Chinese
 */
public record RuleReference(String id, String citation) {
    /**
     * Validates the components.
     *
     * @param id the identifier
     * @param citation the source
     */
    public RuleReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
    }
}
