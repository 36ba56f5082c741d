package io.github.zhifa.review.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.review.ReviewDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Dates worked out by hand from the 2024 schedule (国庆节 10-01..10-07 off; 09-29 and 10-12 worked). */
class InspectionRulesTest {
    private static final LocalDate INSPECTION = LocalDate.of(2024, 10, 9);
    private final InspectionRules rules = InspectionRules.of(InspectionPolicy.defaults());

    private static Inspection routine(LocalDate approval, LocalDate notice) {
        return new Inspection(
                InspectionKind.ROUTINE,
                false,
                INSPECTION,
                Optional.ofNullable(approval),
                Optional.ofNullable(notice),
                Optional.of("91350100M000100Y43"),
                Optional.of(0));
    }

    @Test
    void fiveWorkingDaysNoticeAcrossNationalDay() {
        // working days after 09-26: 09-27, 09-29, 09-30, 10-08, 10-09 -> 09-26 is the latest notice day
        InspectionReport ok = rules.check(routine(LocalDate.of(2024, 9, 20), LocalDate.of(2024, 9, 26)));
        assertThat(ok.compliant()).isTrue();
        assertThat(ok.noticeDeadline().orElseThrow().end()).isEqualTo(LocalDate.of(2024, 9, 26));
        InspectionReport late = rules.check(routine(LocalDate.of(2024, 9, 20), LocalDate.of(2024, 9, 27)));
        assertThat(late.findings()).extracting(Violation::code).containsExactly(InspectionRules.NOTICE_LATE);
    }

    @Test
    void everyInspectionIsApprovedAndNotified() {
        InspectionReport r = rules.check(routine(null, null));
        assertThat(r.findings())
                .extracting(Violation::code)
                .containsExactly(InspectionRules.NOT_APPROVED, InspectionRules.NO_NOTICE);
        InspectionReport afterwards = rules.check(routine(INSPECTION.plusDays(1), LocalDate.of(2024, 9, 1)));
        assertThat(afterwards.findings()).extracting(Violation::code).containsExactly(InspectionRules.NOT_APPROVED);
    }

    @Test
    void exemptKindsAreNotAnnounced() {
        for (InspectionKind k : InspectionKind.values()) {
            Inspection i = new Inspection(
                    k,
                    false,
                    INSPECTION,
                    Optional.of(INSPECTION),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
            assertThat(rules.check(i).compliant()).as(k.name()).isEqualTo(k != InspectionKind.ROUTINE);
        }
    }

    @Test
    void urgentInspectionCompletesApprovalAfterwards() {
        Inspection pending = new Inspection(
                InspectionKind.ROUTINE,
                true,
                INSPECTION,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        assertThat(rules.check(pending).findings())
                .extracting(Violation::code)
                .containsExactly(InspectionRules.URGENT_NOT_COMPLETED);
        Inspection done = new Inspection(
                InspectionKind.ROUTINE,
                true,
                INSPECTION,
                Optional.of(INSPECTION.plusDays(1)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        assertThat(rules.check(done).compliant()).isTrue();
    }

    @Test
    void annualCapWhenConfigured() {
        InspectionRules capped = InspectionRules.of(InspectionPolicy.defaults().withAnnualCap(2));
        Inspection second = new Inspection(
                InspectionKind.COMPLAINT,
                false,
                INSPECTION,
                Optional.of(INSPECTION),
                Optional.empty(),
                Optional.empty(),
                Optional.of(1));
        assertThat(capped.check(second).compliant()).isTrue();
        Inspection third = new Inspection(
                InspectionKind.COMPLAINT,
                false,
                INSPECTION,
                Optional.of(INSPECTION),
                Optional.empty(),
                Optional.empty(),
                Optional.of(2));
        assertThat(capped.check(third).findings())
                .extracting(Violation::code)
                .containsExactly(InspectionRules.CAP_EXCEEDED);
        Inspection unknown = new Inspection(
                InspectionKind.COMPLAINT,
                false,
                INSPECTION,
                Optional.of(INSPECTION),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        InspectionReport r = capped.check(unknown);
        assertThat(r.compliant()).isTrue();
        assertThat(r.findings()).extracting(Violation::code).containsExactly(InspectionRules.CAP_UNKNOWN);
    }

    @Test
    void fileErrorsNameTheField() {
        String json =
                "{\"kind\":\"SURPRISE\",\"inspectionDate\":\"2024-10-32\",\"policy\":{\"annualCapPerEnterprise\":0}}";
        Assertions.assertThatThrownBy(() -> io.github.zhifa.review.internal.InspectionReader.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "i.json"))
                .isInstanceOfSatisfying(ReviewDataException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactlyInAnyOrder("kind", "inspectionDate", "policy.annualCapPerEnterprise"));
    }
}
