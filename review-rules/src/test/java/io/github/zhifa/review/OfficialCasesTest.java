package io.github.zhifa.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of cases, each written from the wording of 行政处罚法 arts. 33, 58 and 63 (and the thresholds of the overlays),
 * with the expected outcome and the expected citations. The expectations come from the law text, not the code.
 */
class OfficialCasesTest {
    private static final RuleSet RULES = RuleSet.bundled();

    static Stream<Arguments> table() {
        return Stream.of(
                // art. 58 (1): major public interest; the plan's rule fires too
                row(
                        "2024-06-03",
                        "510000",
                        null,
                        "\"decisionCategory\":\"PENALTY\",\"majorPublicInterest\":true",
                        Topic.LEGAL_REVIEW,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第58条 第1款 第1项", "达州市全面落实行政执法三项制度实施方案（征求意见稿） 二（三）10（1）")),
                // art. 58 (2): major rights AND a hearing; major rights alone without a hearing is not enough
                row(
                        "2024-06-03",
                        "CN",
                        null,
                        "\"decisionCategory\":\"PENALTY\",\"majorRights\":true,\"hearingHeld\":true",
                        Topic.LEGAL_REVIEW,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第58条 第1款 第2项", "达州市全面落实行政执法三项制度实施方案（征求意见稿） 二（三）10（1）")),
                row(
                        "2024-06-03",
                        "CN",
                        null,
                        allReviewFlagsFalse() + ",\"majorRights\":true",
                        Topic.LEGAL_REVIEW,
                        Outcome.NOT_REQUIRED,
                        Set.of()),
                // art. 58 (3) complex
                row(
                        "2022-01-10",
                        "CN",
                        null,
                        allReviewFlagsFalse() + ",\"complex\":true",
                        Topic.LEGAL_REVIEW,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第58条 第1款 第3项", "达州市全面落实行政执法三项制度实施方案（征求意见稿） 二（三）10（1）")),
                // art. 58 (4) named by law
                row(
                        "2022-01-10",
                        "CN",
                        null,
                        allReviewFlagsFalse() + ",\"reviewRequiredByLaw\":true",
                        Topic.LEGAL_REVIEW,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第58条 第1款 第4项")),
                // the plan only: major social impact of a licensing decision
                row(
                        "2024-03-12",
                        "511700",
                        null,
                        "\"decisionCategory\":\"LICENSING\",\"majorPublicInterest\":false,\"majorSocialImpact\":true",
                        Topic.LEGAL_REVIEW,
                        Outcome.REQUIRED,
                        Set.of("达州市全面落实行政执法三项制度实施方案（征求意见稿） 二（三）10（1）")),
                // art. 63 (3) and (4): revoking a licence, ordering closure
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"decisionCategory\":\"PENALTY\",\"penaltyKinds\":[\"吊销许可证件\"]",
                        Topic.HEARING_NOTICE,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第63条 第1款 第3项")),
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"decisionCategory\":\"PENALTY\",\"penaltyKinds\":[\"责令关闭\"]",
                        Topic.HEARING_NOTICE,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第63条 第1款 第4项")),
                // 2009 wording 吊销执照 maps onto 吊销许可证件
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"decisionCategory\":\"PENALTY\",\"penaltyKinds\":[\"吊销执照\"]",
                        Topic.HEARING_NOTICE,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第63条 第1款 第3项")),
                // a warning only, no other hearing ground
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"decisionCategory\":\"PENALTY\",\"penaltyKinds\":[\"WARNING\"]," + allHearingFlagsFalse(),
                        Topic.HEARING_NOTICE,
                        Outcome.NOT_REQUIRED,
                        Set.of()),
                // 公安: individual 2000 is large, 1999 is not; a unit 10000
                row(
                        "2024-05-01",
                        "110101",
                        "公安",
                        police("NATURAL_PERSON", "2000", "false"),
                        Topic.HEARING_NOTICE,
                        Outcome.REQUIRED,
                        Set.of("公安机关办理行政案件程序规定 第123条 第2款")),
                row(
                        "2024-05-01",
                        "110101",
                        "公安",
                        police("NATURAL_PERSON", "1999", "false"),
                        Topic.HEARING_NOTICE,
                        Outcome.NOT_REQUIRED,
                        Set.of()),
                row(
                        "2024-05-01",
                        "110101",
                        "公安",
                        police("LEGAL_PERSON", "10000", "false"),
                        Topic.HEARING_NOTICE,
                        Outcome.REQUIRED,
                        Set.of("公安机关办理行政案件程序规定 第123条 第2款")),
                // 公安 exit-entry: individual 6000
                row(
                        "2024-05-01",
                        "110101",
                        "公安",
                        police("NATURAL_PERSON", "5000", "true"),
                        Topic.HEARING_NOTICE,
                        Outcome.NOT_REQUIRED,
                        Set.of()),
                row(
                        "2024-05-01",
                        "110101",
                        "公安",
                        police("NATURAL_PERSON", "6000", "true"),
                        Topic.HEARING_NOTICE,
                        Outcome.REQUIRED,
                        Set.of("公安机关办理行政案件程序规定 第123条 第2款")),
                // 重庆 from 2023-03-01: citizen 5000, organisation 50000
                row(
                        "2024-05-01",
                        "500112",
                        null,
                        fine("NATURAL_PERSON", "5000"),
                        Topic.HEARING_NOTICE,
                        Outcome.REQUIRED,
                        Set.of("重庆市人民政府令第354号 (article not verified)")),
                row(
                        "2024-05-01",
                        "500112",
                        null,
                        fine("LEGAL_PERSON", "49999.99"),
                        Topic.HEARING_NOTICE,
                        Outcome.NOT_REQUIRED,
                        Set.of()),
                // before 2023-03-01 重庆's overlay is not in force: the national rule asks for largeFine
                row(
                        "2023-02-28",
                        "500112",
                        null,
                        fine("LEGAL_PERSON", "60000"),
                        Topic.HEARING_NOTICE,
                        Outcome.UNDETERMINED,
                        Set.of()),
                // art. 33 para. 1: minor, corrected, no harm -> no penalty
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"minorViolation\":true,\"correctedInTime\":true,\"harmfulResult\":false",
                        Topic.NO_PENALTY,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第33条 第1款")),
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"minorViolation\":true,\"correctedInTime\":true,\"harmfulResult\":true,\"noFault\":false",
                        Topic.NO_PENALTY,
                        Outcome.NOT_REQUIRED,
                        Set.of()),
                // art. 33 para. 2: no fault, unless another law says otherwise
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"noFault\":true,\"faultRuleOtherwise\":false,\"minorViolation\":false",
                        Topic.NO_PENALTY,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第33条 第2款")),
                // art. 33 para. 1 second sentence: first violation, minor harm, corrected -> may
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"firstViolation\":true,\"minorHarm\":true,\"correctedInTime\":true",
                        Topic.NO_PENALTY_PERMITTED,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第33条 第1款")),
                // art. 32 (2) and (3): coerced; confessed an unknown violation -> lighter or reduced penalty
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"coercedOrDeceived\":true,\"confessedUnknownViolation\":true",
                        Topic.MITIGATION,
                        Outcome.REQUIRED,
                        Set.of("行政处罚法 第32条 第2项", "行政处罚法 第32条 第3项")),
                row(
                        "2024-05-01",
                        "CN",
                        null,
                        "\"harmEliminated\":false,\"coercedOrDeceived\":false,\"confessedUnknownViolation\":false,"
                                + "\"meritoriousCooperation\":false,\"mitigationRequiredByLaw\":false",
                        Topic.MITIGATION,
                        Outcome.NOT_REQUIRED,
                        Set.of()));
    }

    private static String allReviewFlagsFalse() {
        return "\"decisionCategory\":\"PENALTY\",\"majorPublicInterest\":false,\"majorSocialImpact\":false,"
                + "\"majorRights\":false,\"complex\":false,\"reviewRequiredByLaw\":false,\"hearingHeld\":false";
    }

    private static String allHearingFlagsFalse() {
        return "\"largeFine\":false,\"largeConfiscation\":false,\"otherSeriousPenalty\":false,"
                + "\"hearingRequiredByLaw\":false";
    }

    private static String police(String party, String amount, String exitEntry) {
        return fine(party, amount) + ",\"exitEntryViolation\":" + exitEntry;
    }

    private static String fine(String party, String amount) {
        return "\"decisionCategory\":\"PENALTY\",\"penaltyKinds\":[\"罚款\"],\"partyCategory\":\"" + party
                + "\",\"fineAmount\":" + amount + ",\"largeConfiscation\":false,\"otherSeriousPenalty\":false,"
                + "\"hearingRequiredByLaw\":false";
    }

    private static Arguments row(
            String date,
            String region,
            String dept,
            String facts,
            Topic topic,
            Outcome outcome,
            Set<String> citations) {
        String json = "{\"decisionDate\":\"" + date + "\",\"jurisdiction\":{\"region\":\"" + region + "\""
                + (dept == null ? "" : ",\"department\":\"" + dept + "\"") + "},\"facts\":{" + facts + "}}";
        return Arguments.of(json, topic, outcome, citations);
    }

    @ParameterizedTest(name = "[{index}] {1} {2} {3}")
    @MethodSource("table")
    void outcomeAndCitations(String json, Topic topic, Outcome outcome, Set<String> citations) {
        CaseFacts facts = CaseFacts.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "table");
        TopicResult result = RULES.evaluate(facts).topic(topic);
        assertThat(result.outcome()).isEqualTo(outcome);
        Set<String> fired =
                result.fired().stream().map(r -> r.citation().reference()).collect(Collectors.toSet());
        assertThat(fired).isEqualTo(citations);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyBundledExampleReadsAndItsNameMatchesItsOutcome(String name) {
        Evaluation e = RULES.evaluate(ExampleCases.load(name));
        if (name.startsWith("review-")) {
            assertThat(e.outcome(Topic.LEGAL_REVIEW)).isEqualTo(Outcome.REQUIRED);
        } else if (name.startsWith("not-required")) {
            assertThat(e.outcome(Topic.LEGAL_REVIEW)).isEqualTo(Outcome.NOT_REQUIRED);
            assertThat(e.outcome(Topic.HEARING_NOTICE)).isEqualTo(Outcome.NOT_REQUIRED);
        } else if (name.startsWith("hearing-")) {
            assertThat(e.outcome(Topic.HEARING_NOTICE)).isEqualTo(Outcome.REQUIRED);
            assertThat(e.warnings()).anyMatch(w -> w.contains("unverified"));
        } else if (name.startsWith("undetermined")) {
            assertThat(e.outcome(Topic.LEGAL_REVIEW)).isEqualTo(Outcome.UNDETERMINED);
            assertThat(e.topic(Topic.LEGAL_REVIEW).missing())
                    .containsExactlyInAnyOrder(
                            Fact.MAJOR_PUBLIC_INTEREST,
                            Fact.MAJOR_SOCIAL_IMPACT,
                            Fact.MAJOR_RIGHTS,
                            Fact.HEARING_HELD,
                            Fact.COMPLEX,
                            Fact.REVIEW_REQUIRED_BY_LAW);
            // a fine of 5000 with the party unknown: the national rule needs largeFine
            assertThat(e.topic(Topic.HEARING_NOTICE).missing()).contains(Fact.LARGE_FINE);
        } else if (name.startsWith("no-penalty")) {
            assertThat(e.outcome(Topic.NO_PENALTY)).isEqualTo(Outcome.REQUIRED);
        }
    }

    static List<String> examples() {
        return ExampleCases.NAMES;
    }
}
