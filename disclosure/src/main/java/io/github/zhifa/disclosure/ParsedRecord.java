package io.github.zhifa.disclosure;

import io.github.zhifa.core.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * One record read from a file, with what went wrong while reading its values (a date that is not a date, a value
 * outside its vocabulary; the field is then absent in the record) and where it came from.
 *
 * @param index the 0-based index of the record in its file
 * @param line the 1-based line on which the record starts, or -1 if unknown
 * @param record the typed record
 * @param problems the problems found while reading values, never null
 */
public record ParsedRecord(int index, int line, DisclosureRecord record, List<Violation> problems) {
    /**
     * Validates and copies.
     *
     * @param index the index
     * @param line the line
     * @param record the record
     * @param problems the problems
     */
    public ParsedRecord {
        Objects.requireNonNull(record, "record");
        problems = List.copyOf(problems);
    }
}
