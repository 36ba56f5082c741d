package io.github.zhifa.review.inspection;

import io.github.zhifa.review.internal.InspectionReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One inspection of an enterprise, as planned or done. Immutable.
 *
 * <p>JSON form (read with {@link #read(Path)}):
 *
 * <pre>{@code
 * {"kind": "ROUTINE", "urgent": false, "inspectionDate": "2024-10-09", "approvalDate": "2024-09-20",
 *  "noticeDate": "2024-09-26", "enterprise": "91350100M000100Y43", "inspectionsThisYear": 1,
 *  "policy": {"advanceNoticeWorkingDays": 5, "annualCapPerEnterprise": 2}}
 * }</pre>
 *
 * @param kind the kind
 * @param urgent an urgent on-site inspection (情况紧急、需要当场实施): notified orally, approval completed afterwards
 * @param inspectionDate the day of the inspection
 * @param approvalDate the day the agency head approved it (for an urgent one, the day the approval was completed)
 * @param noticeDate the day the enterprise was given the written notice (检查通知书 / 预告通知书)
 * @param enterprise the enterprise's unified social credit code, if given (a legal person's code is public)
 * @param inspectionsThisYear inspections of this enterprise by this agency earlier in the same year, if known
 */
public record Inspection(
        InspectionKind kind,
        boolean urgent,
        LocalDate inspectionDate,
        Optional<LocalDate> approvalDate,
        Optional<LocalDate> noticeDate,
        Optional<String> enterprise,
        Optional<Integer> inspectionsThisYear) {
    /**
     * Validates the components.
     *
     * @param kind the kind
     * @param urgent whether urgent
     * @param inspectionDate the date
     * @param approvalDate the approval date
     * @param noticeDate the notice date
     * @param enterprise the enterprise
     * @param inspectionsThisYear the earlier inspections this year
     */
    public Inspection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(inspectionDate, "inspectionDate");
        Objects.requireNonNull(approvalDate, "approvalDate");
        Objects.requireNonNull(noticeDate, "noticeDate");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(inspectionsThisYear, "inspectionsThisYear");
        if (inspectionsThisYear.isPresent() && inspectionsThisYear.get() < 0) {
            throw new IllegalArgumentException("inspectionsThisYear must not be negative");
        }
    }

    /**
     * An inspection file and the policy it carries, as read from JSON.
     *
     * @param inspection the inspection
     * @param policy the policy in the file, or the default
     */
    public record File(Inspection inspection, InspectionPolicy policy) {}

    /**
     * Reads an inspection file.
     *
     * @param file the file
     * @return the inspection and its policy
     * @throws io.github.zhifa.review.ReviewDataException ({@code ZHIFA-REV-003}) naming every invalid field
     */
    public static File read(Path file) {
        return InspectionReader.read(file);
    }
}
