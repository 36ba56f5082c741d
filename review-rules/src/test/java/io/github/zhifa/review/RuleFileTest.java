package io.github.zhifa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhifa.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleFileTest {
    private static RuleSet read(String json) {
        return RuleSet.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static String rule(String id, String region, String from, String until, String when) {
        return "{\"id\":\"" + id + "\",\"topic\":\"LEGAL_REVIEW\",\"title\":\"t\",\"citation\":{\"law\":\"行政处罚法\","
                + "\"article\":\"58\"},\"jurisdiction\":{\"region\":\"" + region + "\"},\"effective\":{\"from\":\""
                + from + "\"" + (until == null ? "" : ",\"until\":\"" + until + "\"")
                + "},\"verification\":{\"verified\":false,\"source\":\"test\"},\"when\":" + when + "}";
    }

    private static String file(String... rules) {
        return "{\"format\":\"zhifa-review-rules/1\",\"rules\":[" + String.join(",", rules) + "]}";
    }

    @Test
    void errorsNameTheRuleAndTheField() {
        String bad = file(
                rule("a", "CN", "2024-01-01", null, "{\"flag\":\"fineAmount\"}"),
                rule("b", "5000", "2024-13-01", null, "{\"all\":[{\"flag\":\"complex\"},{\"nope\":1}]}"),
                rule(
                        "c",
                        "CN",
                        "2024-01-01",
                        null,
                        "{\"amountAtLeast\":{\"fact\":\"fineAmount\",\"thresholds\":{\"ROBOT\":1}}}"));
        assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(ReviewDataException.class, e -> {
            assertThat(e.code()).isEqualTo("ZHIFA-REV-001");
            assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactlyInAnyOrder(
                            "rules[0](a).when.flag",
                            "rules[1](b).jurisdiction.region",
                            "rules[1](b).effective.from",
                            "rules[1](b).when.all[1].nope",
                            "rules[2](c).when.amountAtLeast.thresholds.ROBOT");
            assertThat(e.getMessage()).contains("test.json").contains("rules[0](a).when.flag");
        });
    }

    @Test
    void missingFieldsAndUnknownFieldsAreReported() {
        String bad = "{\"format\":\"zhifa-review-rules/1\",\"rules\":[{\"id\":\"x\",\"colour\":\"red\"}]}";
        assertThatThrownBy(() -> read(bad))
                .isInstanceOfSatisfying(ReviewDataException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .contains(
                                "rules[0](x).colour",
                                "rules[0](x).topic",
                                "rules[0](x).citation",
                                "rules[0](x).when",
                                "rules[0](x).effective",
                                "rules[0](x).verification",
                                "rules[0](x).jurisdiction"));
    }

    @Test
    void overlappingVersionsInOneJurisdictionAreRejected() {
        String bad = file(
                rule("a", "CN", "2020-01-01", "2024-12-31", "{\"flag\":\"complex\"}"),
                rule("a", "CN", "2024-06-01", null, "{\"flag\":\"complex\"}"));
        assertThatThrownBy(() -> read(bad))
                .isInstanceOfSatisfying(ReviewDataException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("rules(a).effective"));
    }

    @Test
    void mostSpecificVersionWinsAndDatesSelect() {
        RuleSet rules = read(file(
                rule("a", "CN", "2020-01-01", null, "{\"flag\":\"complex\"}"),
                rule("a", "500000", "2023-03-01", "2024-12-31", "{\"flag\":\"majorRights\"}"),
                rule("a", "500100", "2024-01-01", null, "{\"flag\":\"majorPublicInterest\"}")));
        Jurisdiction place = Jurisdiction.of("500103", null);
        assertThat(rules.inForce(LocalDate.of(2022, 1, 1), place)
                        .get(0)
                        .condition()
                        .describe())
                .isEqualTo("flag complex");
        assertThat(rules.inForce(LocalDate.of(2023, 6, 1), place)
                        .get(0)
                        .condition()
                        .describe())
                .isEqualTo("flag majorRights");
        assertThat(rules.inForce(LocalDate.of(2024, 6, 1), place)
                        .get(0)
                        .condition()
                        .describe())
                .isEqualTo("flag majorPublicInterest");
        assertThat(rules.inForce(LocalDate.of(2024, 6, 1), Jurisdiction.of("510100", null))
                        .get(0)
                        .condition()
                        .describe())
                .isEqualTo("flag complex");
        Evaluation e = rules.evaluate(
                CaseFacts.builder(LocalDate.of(2024, 6, 1), place).build());
        assertThat(e.skipped())
                .extracting(SkippedRule::reason)
                .containsExactlyInAnyOrder(SkippedRule.Reason.SUPERSEDED, SkippedRule.Reason.SUPERSEDED);
    }

    @Test
    void bundledFilesLoadAndMarkOverlaysUnverified() {
        assertThat(RuleSet.nationalBaseline().rules())
                .allMatch(r -> r.verification().verified());
        assertThat(RuleSet.bundled("overlay-chongqing.json").rules())
                .noneMatch(r -> r.verification().verified());
        assertThat(RuleSet.bundled("overlay-gongan.json").rules())
                .noneMatch(r -> r.verification().verified());
    }

    @Test
    void caseFileErrorsNameTheField() {
        String json = "{\"decisionDate\":\"2024-01-01\",\"jurisdiction\":{\"region\":\"CN\"},"
                + "\"facts\":{\"fineAmount\":-1,\"complex\":\"yes\",\"penaltyKinds\":[\"鞭刑\"],\"colour\":1}}";
        assertThatThrownBy(() -> CaseFacts.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c"))
                .isInstanceOfSatisfying(ReviewDataException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactlyInAnyOrder(
                                "facts.fineAmount", "facts.complex", "facts.penaltyKinds[0]", "facts.colour"));
    }

    @Test
    void aDateHasAFourDigitYearAndAWholeDocumentProblemHasNoEmptyPath() {
        for (String date : new String[] {"+999999999-12-31", "20240101", "2024-1-1"}) {
            String json = "{\"decisionDate\":\"" + date + "\",\"jurisdiction\":{\"region\":\"CN\"},\"facts\":{}}";
            assertThatThrownBy(
                            () -> CaseFacts.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c"))
                    .as(date)
                    .isInstanceOfSatisfying(ReviewDataException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path)
                            .containsExactly("decisionDate"));
        }
        assertThatThrownBy(() ->
                        CaseFacts.read(new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8)), "a.json"))
                .hasMessage("ZHIFA-REV-002: a.json: case facts must be a JSON object");
    }
}
