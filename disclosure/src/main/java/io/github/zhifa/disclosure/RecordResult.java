package io.github.zhifa.disclosure;

import io.github.zhifa.core.validation.Violation;
import java.util.List;

/**
 * The validation result of one record of a batch.
 *
 * @param index the 0-based index of the record in its batch
 * @param line the 1-based line of the record in its file, or -1
 * @param documentNumber the record's document number (public), or null when absent
 * @param violations every violation found, errors and warnings
 */
public record RecordResult(int index, int line, String documentNumber, List<Violation> violations) {
    /**
     * Copies the list.
     *
     * @param index the index
     * @param line the line
     * @param documentNumber the document number
     * @param violations the violations
     */
    public RecordResult {
        violations = List.copyOf(violations);
    }

    /**
     * Whether the record has no error (warnings allowed).
     *
     * @return true when valid
     */
    public boolean isValid() {
        return violations.stream().noneMatch(Violation::isError);
    }
}
