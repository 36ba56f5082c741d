package io.github.zhifa.disclosure;

import io.github.zhifa.core.validation.Violation;
import java.util.List;

/**
 * The validation result of a batch: one {@link RecordResult} per record, in order.
 *
 * @param records the per-record results
 */
public record BatchResult(List<RecordResult> records) {
    /**
     * Copies the list.
     *
     * @param records the results
     */
    public BatchResult {
        records = List.copyOf(records);
    }

    /**
     * Whether every record is valid.
     *
     * @return true when no record has an error
     */
    public boolean isValid() {
        return records.stream().allMatch(RecordResult::isValid);
    }

    /**
     * The number of valid records.
     *
     * @return the count
     */
    public long validCount() {
        return records.stream().filter(RecordResult::isValid).count();
    }

    /**
     * The number of invalid records.
     *
     * @return the count
     */
    public long invalidCount() {
        return records.size() - validCount();
    }

    /**
     * Every violation of the batch, each path prefixed with its record, e.g. {@code [3].CF_XDR_SHXYM}.
     *
     * @return the violations
     */
    public List<Violation> allViolations() {
        return records.stream()
                .flatMap(r -> r.violations().stream().map(v -> v.under("[" + r.index() + "]")))
                .toList();
    }
}
