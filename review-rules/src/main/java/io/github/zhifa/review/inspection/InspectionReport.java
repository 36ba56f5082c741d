package io.github.zhifa.review.inspection;

import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.core.validation.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking an inspection: the findings (errors are breaches, warnings need attention), the advance-notice
 * deadline if one applies, and notes explaining which rules applied. Immutable.
 *
 * @param findings the findings, codes {@code ZHIFA-REV-101}..{@code 106}
 * @param noticeDeadline the latest day for the advance notice, if advance notice applies
 * @param notes readable notes (Chinese), one per rule applied or waived
 */
public record InspectionReport(List<Violation> findings, Optional<Deadline> noticeDeadline, List<String> notes) {
    /**
     * Copies the lists.
     *
     * @param findings the findings
     * @param noticeDeadline the deadline
     * @param notes the notes
     */
    public InspectionReport {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
        java.util.Objects.requireNonNull(noticeDeadline, "noticeDeadline");
    }

    /**
     * Whether the inspection breaches no rule (warnings allowed).
     *
     * @return true if no finding is an error
     */
    public boolean compliant() {
        return findings.stream().noneMatch(Violation::isError);
    }
}
