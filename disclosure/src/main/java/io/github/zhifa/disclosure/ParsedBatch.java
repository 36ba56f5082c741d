package io.github.zhifa.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * The records read from one file.
 *
 * @param source the input's name
 * @param kind the kind of every record
 * @param records the records, in file order
 */
public record ParsedBatch(String source, RecordKind kind, List<ParsedRecord> records) {
    /**
     * Validates and copies.
     *
     * @param source the source
     * @param kind the kind
     * @param records the records
     */
    public ParsedBatch {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        records = List.copyOf(records);
    }

    /**
     * The typed records alone.
     *
     * @return the records
     */
    public List<DisclosureRecord> typedRecords() {
        return records.stream().map(ParsedRecord::record).toList();
    }
}
