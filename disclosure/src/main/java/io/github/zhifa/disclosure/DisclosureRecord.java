package io.github.zhifa.disclosure;

import java.time.LocalDate;

/**
 * A disclosure record: a 行政处罚 or 行政许可 双公示 record, or a general disclosure record.
 *
 * <p>Records are carriers of what a vendor sends, so any component may be {@code null} (absent): validation, not
 * construction, reports what is missing (see {@code docs/decisions.md}). Records are immutable; their
 * {@code toString()} never shows personal data.
 */
public sealed interface DisclosureRecord permits PenaltyRecord, LicensingRecord, GeneralRecord {
    /**
     * The kind of record.
     *
     * @return the kind
     */
    RecordKind kind();

    /**
     * The decision's document number (文号), or null when absent.
     *
     * @return the document number
     */
    String documentNumber();

    /**
     * The decision date, or null when absent.
     *
     * @return the decision date
     */
    LocalDate decisionDate();
}
