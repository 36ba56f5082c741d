package io.github.zhifa.review.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.Outcome;
import io.github.zhifa.review.ReviewDataException;
import io.github.zhifa.review.SkippedRule;
import io.github.zhifa.review.Topic;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExemptionListTest {
    static final Jurisdiction JINZHONG_SCJG = Jurisdiction.of("140702", "市场监管");
    static final LocalDate DAY = LocalDate.of(2024, 6, 3);

    static ExemptionList fixture() {
        try (InputStream in = ExemptionListTest.class.getResourceAsStream("test-list.json")) {
            return ExemptionList.read(in, "test-list.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final ExemptionList LIST = fixture();

    private static CaseFacts facts(Map<Fact, Object> values) {
        return facts(DAY, JINZHONG_SCJG, values);
    }

    private static CaseFacts facts(LocalDate day, Jurisdiction place, Map<Fact, Object> values) {
        CaseFacts.Builder b = CaseFacts.builder(day, place);
        values.forEach(b::set);
        return b.build();
    }

    private static ReviewDataException bad(String json) {
        try {
            ExemptionList.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json");
        } catch (ReviewDataException e) {
            return e;
        }
        throw new AssertionError("expected the list to be rejected");
    }

    @Test
    void loadsItemsWithKindsFromChineseNamesAndTheDefaultBasisOfArticle33() {
        assertThat(LIST.items()).hasSize(6);
        assertThat(LIST.items().stream().map(ExemptionItem::kind))
                .containsExactly(
                        ExemptionKind.NO_PENALTY_PERMITTED,
                        ExemptionKind.NO_PENALTY,
                        ExemptionKind.REDUCED_PENALTY,
                        ExemptionKind.LIGHTER_PENALTY,
                        ExemptionKind.NO_PENALTY_PERMITTED,
                        ExemptionKind.NO_PENALTY_PERMITTED);
        ExemptionItem first = LIST.items().get(0);
        // 行政处罚法 art. 33 para. 1, second sentence, as in shared/law/行政处罚法(2021-01-22).md
        assertThat(first.basis().reference()).isEqualTo("行政处罚法 第33条 第1款");
        assertThat(first.basis().text()).contains("初次违法且危害后果轻微并及时改正的，可以不予行政处罚。");
        assertThat(LIST.items().get(1).basis().text()).contains("违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。");
        assertThat(first.jurisdiction()).isEqualTo(Jurisdiction.of("140700", "市场监管"));
        assertThat(first.effectiveUntil()).contains(LocalDate.of(2026, 12, 31));
        assertThat(LIST.items().get(4).jurisdiction()).isEqualTo(JINZHONG_SCJG);
        assertThat(LIST.items().get(5).verification().verified()).isTrue();
        assertThat(LIST.violationCodes()).containsExactly("V1", "V2", "V3", "V4", "V5");
        assertThat(LIST.rules().rules())
                .extracting(r -> r.id() + ":" + r.topic())
                .contains("exemption.T-first:NO_PENALTY_PERMITTED", "exemption.T-lighter:LIGHTER_PENALTY");
    }

    @Test
    void firstViolationCorrectedWithinTheListedDaysMayGoUnpunished() {
        ExemptionResult r = LIST.evaluate(
                facts(Map.of(
                        Fact.FIRST_VIOLATION, true,
                        Fact.MINOR_HARM, true,
                        Fact.CORRECTED_IN_TIME, true,
                        Fact.CORRECTION_DAYS, 15)),
                "V1");
        assertThat(r.outcome()).isEqualTo(Outcome.REQUIRED);
        assertThat(r.mostLenient()).contains(ExemptionKind.NO_PENALTY_PERMITTED);
        assertThat(r.applied()).extracting(ExemptionItem::id).containsExactly("T-first");
        assertThat(r.missing()).isEmpty();
        assertThat(r.explanationZh().get(0)).isEqualTo("结论：可以不予处罚（依 测试清单（test fixture, not a real list）（测试机关））。");
        assertThat(r.explanationZh().get(1))
                .startsWith("适用 「T-first」测试违法行为一（V1）可以不予处罚。")
                .contains("依据：行政处罚法 第33条 第1款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚。”")
                .contains("违法依据：测试条例 第10条")
                .contains("处罚依据：测试条例 第20条 第1款");
        assertThat(r.explanationZh()).anyMatch(l -> l.contains("行政处罚法 第33条 第3款"));
        assertThat(r.explanationEn().get(0)).startsWith("Conclusion: the agency may decide not to penalise");
        assertThat(r.explanationEn().get(1)).contains("Basis: 行政处罚法 第33条 第1款");
        assertThat(r.warnings()).singleElement().asString().contains("T-first").contains("unverified");
    }

    @Test
    void correctedAfterTheListedDaysDoesNotApplyAndSaysWhy() {
        ExemptionResult r = LIST.evaluate(
                facts(Map.of(
                        Fact.FIRST_VIOLATION, true,
                        Fact.MINOR_HARM, true,
                        Fact.CORRECTED_IN_TIME, true,
                        Fact.CORRECTION_DAYS, 16)),
                "V1");
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(r.applied()).isEmpty();
        assertThat(r.explanationZh().get(1)).contains("不适用").contains("correctionDays=16");
        assertThat(r.explanationEn().get(1))
                .startsWith("Does not apply: item T-first")
                .contains("correctionDays=16");
    }

    @Test
    void undeterminedListsExactlyTheFactsThatWouldDecide() {
        ExemptionResult r = LIST.evaluate(facts(Map.of(Fact.FIRST_VIOLATION, true)), "V1");
        assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(r.missing())
                .containsExactlyInAnyOrder(Fact.MINOR_HARM, Fact.CORRECTED_IN_TIME, Fact.CORRECTION_DAYS);
        assertThat(r.explanationZh().get(0)).contains("待定").contains("minorHarm（危害后果轻微）");
        assertThat(r.mostLenient()).isEmpty();
        // a first violation known NOT to be one decides it whatever else is unknown
        assertThat(LIST.evaluate(facts(Map.of(Fact.FIRST_VIOLATION, false)), "V1")
                        .outcome())
                .isEqualTo(Outcome.NOT_REQUIRED);
    }

    @Test
    void minorViolationWithoutHarmIsNotPenalised() {
        ExemptionResult r = LIST.evaluate(
                facts(Map.of(Fact.MINOR_VIOLATION, true, Fact.CORRECTED_IN_TIME, true, Fact.HARMFUL_RESULT, false)),
                "V2");
        assertThat(r.mostLenient()).contains(ExemptionKind.NO_PENALTY);
        assertThat(r.explanationZh()).contains("对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育（行政处罚法 第33条 第3款）。");
        ExemptionResult harm = LIST.evaluate(
                facts(Map.of(Fact.MINOR_VIOLATION, true, Fact.CORRECTED_IN_TIME, true, Fact.HARMFUL_RESULT, true)),
                "V2");
        assertThat(harm.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(harm.explanationEn().get(1)).contains("not met: not flag harmfulResult [harmfulResult=true]");
    }

    @Test
    void reducedAndLighterAreDistinguishedAndTheMostLenientComesFirst() {
        ExemptionResult both =
                LIST.evaluate(facts(Map.of(Fact.HARM_ELIMINATED, true, Fact.CONFESSED_UNKNOWN_VIOLATION, true)), "V3");
        assertThat(both.applied()).extracting(ExemptionItem::id).containsExactly("T-reduced", "T-lighter");
        assertThat(both.mostLenient()).contains(ExemptionKind.REDUCED_PENALTY);
        assertThat(both.explanationZh().get(1)).contains("减轻处罚").contains("行政处罚法 第32条 第1项");
        ExemptionResult lighter =
                LIST.evaluate(facts(Map.of(Fact.HARM_ELIMINATED, false, Fact.CONFESSED_UNKNOWN_VIOLATION, true)), "V3");
        assertThat(lighter.mostLenient()).contains(ExemptionKind.LIGHTER_PENALTY);
        assertThat(lighter.explanationEn().get(0)).contains("a lighter penalty (within the range");
        // one of the two undecided: a lighter penalty applies already, the reduced one is still open
        ExemptionResult open = LIST.evaluate(facts(Map.of(Fact.CONFESSED_UNKNOWN_VIOLATION, true)), "V3");
        assertThat(open.outcome()).isEqualTo(Outcome.REQUIRED);
        assertThat(open.missing()).containsExactly(Fact.HARM_ELIMINATED);
    }

    @Test
    void aCodeNotOnTheListDoesNotApply() {
        ExemptionResult r = LIST.evaluate(facts(Map.of(Fact.FIRST_VIOLATION, true)), "V99");
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(r.items()).isEmpty();
        assertThat(r.explanationZh()).hasSize(2);
        assertThat(r.explanationZh().get(0)).contains("没有违法行为代码 V99 的事项");
        assertThat(r.explanationZh().get(1)).contains("不排除行政处罚法第三十二条、第三十三条本身的适用");
        assertThat(r.explanationEn().get(0)).contains("has no item for violation code V99");
        assertThat(r.explanationEn().get(1)).contains("does not exclude 行政处罚法 arts. 32 and 33");
    }

    @Test
    void jurisdictionSelectsTheItems() {
        Map<Fact, Object> yes = Map.of(Fact.FIRST_VIOLATION, true, Fact.MINOR_HARM, true, Fact.CORRECTED_IN_TIME, true);
        // the county item applies in 榆次区 140702, not elsewhere in the prefecture nor to another department
        assertThat(LIST.evaluate(facts(yes), "V4").outcome()).isEqualTo(Outcome.REQUIRED);
        ExemptionResult other = LIST.evaluate(facts(DAY, Jurisdiction.of("140721", "市场监管"), yes), "V4");
        assertThat(other.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(other.skipped())
                .singleElement()
                .extracting(SkippedItem::reason)
                .isEqualTo(SkippedRule.Reason.OTHER_JURISDICTION);
        assertThat(other.explanationZh()).contains("未使用「T-county」：案件不在其管辖范围。");
        assertThat(LIST.evaluate(facts(DAY, Jurisdiction.of("140702", "公安"), yes), "V4")
                        .outcome())
                .isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(LIST.evaluate(facts(DAY, Jurisdiction.of("140702", null), yes), "V4")
                        .outcome())
                .isEqualTo(Outcome.NOT_REQUIRED);
    }

    @Test
    void effectiveDatesSelectTheItems() {
        Map<Fact, Object> yes = Map.of(Fact.FIRST_VIOLATION, true, Fact.MINOR_HARM, true, Fact.CORRECTED_IN_TIME, true);
        assertThat(LIST.evaluate(facts(LocalDate.of(2024, 12, 31), JINZHONG_SCJG, yes), "V5")
                        .outcome())
                .isEqualTo(Outcome.REQUIRED);
        ExemptionResult after = LIST.evaluate(facts(LocalDate.of(2025, 1, 1), JINZHONG_SCJG, yes), "V5");
        assertThat(after.outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(after.skipped()).extracting(SkippedItem::reason).containsExactly(SkippedRule.Reason.NOT_IN_FORCE);
        assertThat(LIST.evaluate(facts(LocalDate.of(2023, 12, 31), JINZHONG_SCJG, yes), "V5")
                        .outcome())
                .isEqualTo(Outcome.NOT_REQUIRED);
        // verified item: no warning
        assertThat(LIST.evaluate(facts(LocalDate.of(2024, 12, 31), JINZHONG_SCJG, yes), "V5")
                        .warnings())
                .isEmpty();
    }

    @Test
    void theNewTopicsDoNotWarnInTheNationalEvaluation() {
        assertThat(Topic.LIGHTER_PENALTY.baseline()).isFalse();
        var e = io.github.zhifa.review.RuleSet.nationalBaseline()
                .evaluate(CaseFacts.builder(DAY, Jurisdiction.NATIONAL).build());
        assertThat(e.warnings()).noneMatch(w -> w.contains("LIGHTER_PENALTY") || w.contains("REDUCED_PENALTY"));
        assertThat(e.outcome(Topic.REDUCED_PENALTY)).isEqualTo(Outcome.NOT_REQUIRED);
    }

    private static final String GOOD_HEAD = "{\"format\":\"zhifa-exemption-list/1\",\"name\":\"n\",\"issuer\":\"i\","
            + "\"jurisdiction\":{\"region\":\"140700\"},\"effective\":{\"from\":\"2024-01-01\"},"
            + "\"verification\":{\"verified\":false,\"source\":\"s\"},\"items\":[";
    private static final String VIOLATION = "\"violation\":{\"code\":\"V\",\"description\":\"d\","
            + "\"violatedBasis\":{\"law\":\"l\",\"article\":\"1\"},\"penaltyBasis\":{\"law\":\"l\",\"article\":\"2\"}}";

    @Test
    void badItemsAreAllReportedByItemAndField() {
        ReviewDataException e = bad(GOOD_HEAD
                + "{\"id\":\"A\",\"kind\":\"免予处罚\"," + VIOLATION + ",\"when\":{\"flag\":\"firstViolation\"}},"
                + "{\"id\":\"B\",\"kind\":\"从轻处罚\",\"violation\":{\"description\":\"d\","
                + "\"violatedBasis\":{\"law\":\"l\",\"article\":\"1\"},\"penaltyBasis\":{\"law\":\"l\"}},"
                + "\"when\":{\"flag\":\"nosuchFact\"}},"
                + "{\"id\":\"C\",\"kind\":\"减轻处罚\"," + VIOLATION + ",\"when\":{\"flag\":\"harmEliminated\"},"
                + "\"correctedWithinDays\":-1,\"jurisdiction\":{\"region\":\"500000\"},"
                + "\"effective\":{\"from\":\"2023-01-01\"},\"colour\":1},"
                + "{\"id\":\"A\",\"kind\":\"NO_PENALTY\"," + VIOLATION + "}]}");
        assertThat(e.code()).isEqualTo(ReviewDataException.EXEMPTIONS);
        assertThat(e.violations())
                .extracting(Violation::path)
                .containsExactlyInAnyOrder(
                        "items[0](A).kind",
                        "items[1](B).violation.code",
                        "items[1](B).violation.penaltyBasis.article",
                        "items[1](B).basis",
                        "items[1](B).when.flag",
                        "items[2](C).colour",
                        "items[2](C).basis",
                        "items[2](C).correctedWithinDays",
                        "items[2](C).jurisdiction",
                        "items[2](C).effective",
                        "items[3](A).id",
                        "items[3](A).when");
        assertThat(e.violations().get(0).messageEn()).contains("ambiguous").contains("NO_PENALTY_PERMITTED");
        assertThat(e.getMessage()).startsWith("ZHIFA-REV-004: bad.json: items[0](A).kind");
    }

    @Test
    void badListHeadersAreReported() {
        ReviewDataException e = bad("{\"format\":\"zhifa-review-rules/1\",\"jurisdiction\":{\"region\":\"14\"},"
                + "\"effective\":{\"from\":\"2024-13-01\"},\"verification\":{\"verified\":\"yes\",\"source\":\"s\"},"
                + "\"items\":[]}");
        assertThat(e.violations())
                .extracting(Violation::path)
                .containsExactlyInAnyOrder(
                        "format",
                        "name",
                        "issuer",
                        "jurisdiction.region",
                        "effective.from",
                        "verification.verified",
                        "items");
    }

    @Test
    void kindsParseFromConstantsAndChineseNames() {
        assertThat(ExemptionKind.parse("首违不罚")).contains(ExemptionKind.NO_PENALTY_PERMITTED);
        assertThat(ExemptionKind.parse("可以不予行政处罚")).contains(ExemptionKind.NO_PENALTY_PERMITTED);
        assertThat(ExemptionKind.parse("不予处罚")).contains(ExemptionKind.NO_PENALTY);
        assertThat(ExemptionKind.parse("lighter_penalty")).contains(ExemptionKind.LIGHTER_PENALTY);
        assertThat(ExemptionKind.parse("减轻")).contains(ExemptionKind.REDUCED_PENALTY);
        assertThat(ExemptionKind.parse("免予处罚")).isEmpty();
        assertThat(ExemptionKind.LIGHTER_PENALTY.defaultBasis()).isEmpty();
        assertThat(Set.of(ExemptionKind.values()).stream().map(ExemptionKind::topic))
                .containsExactlyInAnyOrder(
                        Topic.NO_PENALTY, Topic.NO_PENALTY_PERMITTED, Topic.REDUCED_PENALTY, Topic.LIGHTER_PENALTY);
    }

    @Test
    void ofRejectsDuplicateIds() {
        ExemptionItem item = LIST.items().get(0);
        assertThatThrownBy(() -> ExemptionList.of(
                        "x",
                        java.util.Optional.empty(),
                        "i",
                        Jurisdiction.NATIONAL,
                        item.verification(),
                        List.of(item, item)))
                .isInstanceOf(ReviewDataException.class)
                .hasMessageContaining("items[1](T-first).id");
    }
}
