package io.github.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.zhifa.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deadlines on the official calendar. Expected dates come from the State Council schedules: 2024 National Day
 * (国办发明电〔2023〕7号) is 1–7 October, with Sunday 29 September and Saturday 12 October worked.
 */
class DisclosureDeadlinesTest {
    static final DisclosureDeadlines DEADLINES = DisclosureDeadlines.standard();

    private static PenaltyRecord sample(int i) {
        return (PenaltyRecord) Samples.read("penalty-valid.json", RecordKind.PENALTY)
                .records()
                .get(i)
                .record();
    }

    @Test
    void penaltyPublishedWithinSevenWorkingDays() {
        // 27 Sep 2024 (Fri) + 7 working days: 29 Sep, 30 Sep, 8, 9, 10, 11 Oct, 12 Oct (Saturday, worked)
        assertThat(DEADLINES.publicationDeadline(sample(0))).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(DisclosureValidatorTest.VALIDATOR.validate(sample(0), LocalDate.of(2024, 10, 12)))
                .noneMatch(Violation::isError);
        List<Violation> late = DisclosureValidatorTest.VALIDATOR.validate(sample(0), LocalDate.of(2024, 10, 14));
        assertThat(late)
                .extracting(Violation::code, Violation::path)
                .contains(org.assertj.core.groups.Tuple.tuple("ZHIFA-DIS-070", "publishedOn"));
        assertThat(late.stream()
                        .filter(v -> v.code().equals("ZHIFA-DIS-070"))
                        .findFirst()
                        .orElseThrow()
                        .messageZh())
                .contains("2024-10-12");
    }

    @Test
    void otherDecisionsWithinTwentyWorkingDays() {
        GeneralRecord inspection = (GeneralRecord) Samples.read("general-valid.json", RecordKind.GENERAL)
                .records()
                .get(0)
                .record();
        // 27 Sep 2024 + 20 working days: 29, 30 Sep; 8-12 Oct (5, with Sat 12); 14-18 (5); 21-25 (5); 28, 29, 30 Oct
        assertThat(DEADLINES.publicationRule(inspection).workingDays()).isEqualTo(20);
        assertThat(DEADLINES.publicationDeadline(inspection)).isEqualTo(LocalDate.of(2024, 10, 30));
    }

    @Test
    void withdrawalWithinThreeWorkingDays() {
        // revoked Monday 30 Sep 2024: 8, 9, 10 Oct
        assertThat(DEADLINES.withdrawalDeadline(LocalDate.of(2024, 9, 30))).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(DEADLINES.checkWithdrawal(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 10)))
                .isEmpty();
        assertThat(DEADLINES.checkWithdrawal(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 11)))
                .extracting(Violation::code)
                .containsExactly("ZHIFA-DIS-071");
    }

    @Test
    void publicityPeriods() {
        // fine and confiscation: 3 years (SAMR rule art. 13)
        assertThat(DEADLINES.publicityPeriods(sample(0)))
                .extracting(PublicityPeriod::months)
                .containsExactly(36);
        // warning + small fine, no threshold configured: either period may apply
        assertThat(DEADLINES.publicityPeriods(sample(1)))
                .extracting(PublicityPeriod::months)
                .containsExactly(3, 36);
        // with a threshold of 1 万元 the 0.2 万元 fine is small
        DisclosureDeadlines beijing = DEADLINES.withSmallFineThreshold(new BigDecimal("1"));
        assertThat(beijing.publicityPeriods(sample(1)))
                .extracting(PublicityPeriod::months)
                .containsExactly(3);
        assertThat(beijing.withSmallFineThreshold(new BigDecimal("0.1")).publicityPeriods(sample(1)))
                .extracting(PublicityPeriod::months)
                .containsExactly(36);
        // published 12 Oct 2024 for 3 months: ends 12 Jan 2025; 3 years: 12 Oct 2027
        assertThat(beijing.publicityPeriods(sample(1)).get(0).endFor(LocalDate.of(2024, 10, 12)))
                .isEqualTo(LocalDate.of(2025, 1, 12));
        // a month without the day: ends on its last day (民法典 art. 202 style)
        assertThat(new PublicityPeriod("x", 3, false, "").endFor(LocalDate.of(2024, 11, 30)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void publicityEndIsCheckedWhenSupplied() {
        PenaltyRecord r = sample(0); // CF_GSJZQ 2027-10-12
        assertThat(DisclosureValidatorTest.VALIDATOR.validate(r, LocalDate.of(2024, 10, 12)))
                .noneMatch(Violation::isError);
        assertThat(DisclosureValidatorTest.VALIDATOR.validate(r, LocalDate.of(2024, 10, 8)))
                .extracting(Violation::code)
                .containsExactly("ZHIFA-DIS-072");
    }

    @Test
    void warningOnlyIsNotPublished() {
        assertThat(DEADLINES.notToBePublished(sample(4))).map(RuleReference::id).hasValue("warning-only");
        assertThat(DEADLINES.notToBePublished(sample(1))).isEmpty(); // warning and fine
    }

    @Test
    void rulesAreData() {
        String oneDay = new String(
                        Samples.class.getResourceAsStream("disclosure-rules.json") == null
                                ? new byte[0]
                                : readBundled(),
                        StandardCharsets.UTF_8)
                .replace("\"workingDays\": 3", "\"workingDays\": 1");
        DisclosureDeadlines planRule =
                DEADLINES.withRules(new ByteArrayInputStream(oneDay.getBytes(StandardCharsets.UTF_8)), "plan.json");
        assertThat(planRule.withdrawalRule().workingDays()).isEqualTo(1);
        assertThat(planRule.withdrawalDeadline(LocalDate.of(2024, 9, 30))).isEqualTo(LocalDate.of(2024, 10, 8));
    }

    private static byte[] readBundled() {
        try (var in = DisclosureDeadlines.class.getResourceAsStream("disclosure-rules.json")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void deadlinesWithTheCalendarsExplanation() {
        // 国办发明电〔2023〕7号: 国庆节 2024-10-01..07; make-up workdays 2024-09-29 (Sun) and 2024-10-12 (Sat)
        io.github.zhifa.calendar.Deadline w = DEADLINES.withdrawal(LocalDate.of(2024, 9, 30));
        assertThat(w.end()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(w.skipped()).hasSize(1);
        assertThat(w.skipped().get(0).first()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(w.skipped().get(0).last()).isEqualTo(LocalDate.of(2024, 10, 7));
        assertThat(w.explanationZh()).contains("国庆节");
        assertThat(w.isMetBy(LocalDate.of(2024, 10, 10))).isTrue();
        assertThat(w.isMetBy(LocalDate.of(2024, 10, 11))).isFalse();

        io.github.zhifa.calendar.Deadline p = DEADLINES.publication(RecordKind.PENALTY, LocalDate.of(2024, 9, 27));
        assertThat(p.end()).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(p.makeupWorkdaysCounted()).containsExactly(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12));
        assertThat(DEADLINES.publicationRule(RecordKind.LICENSING).workingDays())
                .isEqualTo(7);
        assertThat(DEADLINES.publicationRule(RecordKind.GENERAL).workingDays()).isEqualTo(20);
        // 2025: 春节 01-28..02-04, make-up workdays 01-26 (Sun) and 02-08 (Sat) (国办发明电〔2024〕12号)
        assertThat(DEADLINES
                        .publication(RecordKind.GENERAL, LocalDate.of(2025, 1, 20))
                        .end())
                .isEqualTo(LocalDate.of(2025, 2, 21));
    }

    @Test
    void aDateBeforeItsEventIsADateOrderErrorNotOnTime() {
        LocalDate decided = LocalDate.of(2024, 9, 27);
        assertThat(DEADLINES.checkPublication(RecordKind.PENALTY, decided, decided.minusDays(1)))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple("ZHIFA-DIS-040", "publishedOn"));
        assertThat(DEADLINES.checkPublication(RecordKind.PENALTY, decided, decided))
                .isEmpty(); // the same day is fine
        assertThat(DEADLINES.checkWithdrawal(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 9, 29)))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple("ZHIFA-DIS-040", "withdrawnOn"));
        assertThat(DEADLINES.checkWithdrawal(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 9, 30)))
                .isEmpty();
    }
}
