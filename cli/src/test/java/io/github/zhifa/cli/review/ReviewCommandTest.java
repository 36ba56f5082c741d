package io.github.zhifa.cli.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.cli.Cli;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(o), new PrintWriter(e)).execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void evaluatesACaseFileWithCitations() throws IOException {
        Path c = write(
                "case.json",
                "{\"decisionDate\":\"2024-05-01\",\"jurisdiction\":{\"region\":\"110101\","
                        + "\"department\":\"公安\"},\"facts\":{\"decisionCategory\":\"PENALTY\",\"partyCategory\":"
                        + "\"NATURAL_PERSON\",\"penaltyKinds\":[\"罚款\"],\"fineAmount\":3000,\"exitEntryViolation\":false}}");
        assertThat(run("review", "evaluate", c.toString())).isEqualTo(0);
        assertThat(out)
                .contains("告知听证权利 HEARING_NOTICE: REQUIRED")
                .contains("公安机关办理行政案件程序规定 第123条 第2款")
                .contains("fineAmount=3000")
                .contains("[unverified]");
        assertThat(err).isEmpty();
    }

    @Test
    void jsonOutputListsTheMissingFacts() throws IOException {
        assertThat(run("review", "evaluate", "--example", "undetermined-facts-missing", "--json"))
                .isEqualTo(0);
        JsonNode root = ZhifaJson.readTree(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)), "out");
        JsonNode review = root.path("topics").path("LEGAL_REVIEW");
        assertThat(review.path("outcome").asText()).isEqualTo("UNDETERMINED");
        assertThat(review.path("missing").toString())
                .contains("majorPublicInterest")
                .contains("complex");
        assertThat(review.path("rules").get(0).path("citation").path("article").asText())
                .isEqualTo("58");
    }

    @Test
    void jurisdictionOptionSelectsTheOverlay() {
        // the same fine of 60000 to a legal person: 重庆 (≥ 50000) requires a hearing notice
        assertThat(run("review", "evaluate", "--example", "hearing-chongqing-large-fine", "--jurisdiction", "500112"))
                .isEqualTo(0);
        assertThat(out).contains("HEARING_NOTICE: REQUIRED");
        // decided nationally, no threshold is known: the national rule needs largeFine
        assertThat(run("review", "evaluate", "--example", "hearing-chongqing-large-fine", "--jurisdiction", "CN"))
                .isEqualTo(0);
        assertThat(out).contains("HEARING_NOTICE: UNDETERMINED — facts that would decide it: largeFine");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        Path bad = write(
                "bad.json",
                "{\"decisionDate\":\"2024-05-01\",\"jurisdiction\":{\"region\":\"CN\"},"
                        + "\"facts\":{\"fineAmount\":\"lots\"}}");
        assertThat(run("review", "evaluate", bad.toString())).isEqualTo(2);
        assertThat(err.strip()).doesNotContain("\n").contains("ZHIFA-REV-002").contains("facts.fineAmount");
        Path rules = write("rules.json", "{\"format\":\"zhifa-review-rules/1\",\"rules\":[{\"id\":\"x\"}]}");
        assertThat(run("review", "evaluate", "--example", "review-complex", "--rules", rules.toString()))
                .isEqualTo(2);
        assertThat(err.strip()).doesNotContain("\n").contains("ZHIFA-REV-001").contains("rules[0](x)");
        assertThat(run("review", "evaluate")).isEqualTo(2);
        assertThat(run("review", "rules", "--jurisdiction", "12")).isEqualTo(2);
        assertThat(run("review", "evaluate", dir.resolve("none.json").toString()))
                .isEqualTo(2);
        assertThat(err).contains("no such file");
    }

    @Test
    void rulesListsWhatIsInForce() {
        assertThat(run("review", "rules", "--jurisdiction", "500000", "--date", "2024-01-01"))
                .isEqualTo(0);
        assertThat(out).contains("22 rules in force").contains("[500000]").contains("重庆市人民政府令第354号");
        assertThat(run("review", "rules", "--jurisdiction", "500000", "--date", "2023-01-01"))
                .isEqualTo(0);
        assertThat(out).doesNotContain("重庆市人民政府令第354号");
        assertThat(run("review", "rules", "--date", "2020-01-01")).isEqualTo(0);
        assertThat(out).startsWith("4 rules in force");
    }

    @Test
    void inspectionFindingsExitOne() throws IOException {
        Path ok = write(
                "ok.json",
                "{\"kind\":\"ROUTINE\",\"inspectionDate\":\"2024-10-09\",\"approvalDate\":"
                        + "\"2024-09-20\",\"noticeDate\":\"2024-09-26\"}");
        assertThat(run("review", "inspection", ok.toString())).isEqualTo(0);
        assertThat(out).contains("compliant").contains("notice by 2024-09-26");
        Path late = write(
                "late.json",
                "{\"kind\":\"ROUTINE\",\"inspectionDate\":\"2024-10-09\",\"approvalDate\":"
                        + "\"2024-09-20\",\"noticeDate\":\"2024-09-27\",\"inspectionsThisYear\":2,"
                        + "\"policy\":{\"annualCapPerEnterprise\":2}}");
        assertThat(run("review", "inspection", late.toString(), "--json")).isEqualTo(1);
        assertThat(out).contains("ZHIFA-REV-103").contains("ZHIFA-REV-105");
        Path bad = write("bad.json", "{\"kind\":\"SNEAKY\",\"inspectionDate\":\"2024-10-09\"}");
        assertThat(run("review", "inspection", bad.toString())).isEqualTo(2);
        assertThat(err.strip()).doesNotContain("\n").contains("ZHIFA-REV-003");
    }

    @Test
    void calendarOutsideCoverageIsExitThree() throws IOException {
        Path far = write(
                "far.json",
                "{\"kind\":\"ROUTINE\",\"inspectionDate\":\"2099-10-09\",\"approvalDate\":"
                        + "\"2099-09-20\",\"noticeDate\":\"2099-09-26\"}");
        assertThat(run("review", "inspection", far.toString())).isEqualTo(3);
    }

    @Test
    void hearingDeadlines() {
        assertThat(run("review", "hearing", "--told", "2024-09-27", "--requested", "2024-10-10"))
                .isEqualTo(0);
        assertThat(out).contains("request a hearing by 2024-10-10");
        assertThat(run("review", "hearing", "--hearing", "2024-10-18", "--notice", "2024-10-11"))
                .isEqualTo(1);
        assertThat(out).contains("notify the hearing by 2024-10-10").contains("LATE");
        assertThat(run("review", "hearing")).isEqualTo(2);
    }

    @Test
    void reviewAloneIsUsage() {
        assertThat(run("review")).isEqualTo(2);
    }

    @Test
    void staffingPerAgency() throws IOException {
        Path f = write(
                "staff.json",
                "[{\"agency\":\"甲局\",\"officers\":100,\"reviewers\":5},"
                        + "{\"agency\":\"乙局\",\"officers\":101,\"reviewers\":5}]");
        assertThat(run("review", "staffing", f.toString())).isEqualTo(1);
        assertThat(out)
                .contains("甲局: 5 reviewers for 100 officers, 5 required — ok")
                .contains("乙局: 5 reviewers for 101 officers, 6 required — SHORT by 1");
        Path bad = write("bad.json", "[{\"agency\":\"甲局\",\"officers\":-1,\"reviewers\":5}]");
        assertThat(run("review", "staffing", bad.toString())).isEqualTo(2);
        assertThat(err.strip()).doesNotContain("\n");
        Path unknown = write("unknown.json", "[{\"agency\":\"甲局\",\"officer\":1,\"reviewers\":5}]");
        assertThat(run("review", "staffing", unknown.toString())).isEqualTo(2);
        assertThat(err).contains("officer");
    }
}
