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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExemptionCommandTest {
    private static final String LIST = "{\"format\":\"zhifa-exemption-list/1\",\"name\":\"测试清单\",\"issuer\":\"测试机关\","
            + "\"jurisdiction\":{\"region\":\"140700\",\"department\":\"市场监管\"},"
            + "\"effective\":{\"from\":\"2024-01-01\"},\"verification\":{\"verified\":false,\"source\":\"test\"},"
            + "\"items\":[{\"id\":\"T-1\",\"kind\":\"首违不罚\",\"violation\":{\"code\":\"V1\",\"description\":\"测试违法行为\","
            + "\"violatedBasis\":{\"law\":\"测试条例\",\"article\":\"10\"},"
            + "\"penaltyBasis\":{\"law\":\"测试条例\",\"article\":\"20\"}},"
            + "\"when\":{\"all\":[{\"flag\":\"firstViolation\"},{\"flag\":\"minorHarm\"}]},\"correctedWithinDays\":15},"
            + "{\"id\":\"T-2\",\"kind\":\"从轻处罚\",\"violation\":{\"code\":\"V1\",\"description\":\"测试违法行为\","
            + "\"violatedBasis\":{\"law\":\"测试条例\",\"article\":\"10\"},"
            + "\"penaltyBasis\":{\"law\":\"测试条例\",\"article\":\"20\"}},"
            + "\"basis\":{\"law\":\"行政处罚法\",\"article\":\"32\",\"item\":\"1\"},"
            + "\"when\":{\"flag\":\"harmEliminated\"}}]}";

    @TempDir
    Path dir;

    private String out;
    private String err;
    private Path list;

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

    private Path caseFile(String facts) throws IOException {
        return write(
                "case.json",
                "{\"decisionDate\":\"2024-06-03\",\"jurisdiction\":{\"region\":\"140702\",\"department\":\"市场监管\"},"
                        + "\"facts\":{" + facts + "}}");
    }

    @BeforeEach
    void writeList() throws IOException {
        list = write("list.json", LIST);
    }

    @Test
    void firstViolationMayGoUnpunishedCitingTheListAndArticle33() throws IOException {
        Path c = caseFile("\"firstViolation\":true,\"minorHarm\":true,\"correctedInTime\":true,\"correctionDays\":3,"
                + "\"harmEliminated\":false");
        assertThat(run("review", "exemption", c.toString(), "--list", list.toString(), "--violation", "V1"))
                .isEqualTo(0);
        assertThat(out)
                .contains("outcome: REQUIRED — NO_PENALTY_PERMITTED 可以不予处罚")
                .contains("+ T-1  NO_PENALTY_PERMITTED")
                .contains("- T-2  LIGHTER_PENALTY")
                .contains("correctionDays=3")
                .contains("依据：行政处罚法 第33条 第1款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚。”")
                .contains("Applies: item T-1 (V1, NO_PENALTY_PERMITTED)")
                .contains("warning: 清单事项 T-1 未经核实");
        assertThat(err).isEmpty();
    }

    @Test
    void jsonListsTheMissingFacts() throws IOException {
        Path c = caseFile("\"firstViolation\":true");
        assertThat(run("review", "exemption", c.toString(), "--list", list.toString(), "--violation", "V1", "--json"))
                .isEqualTo(0);
        JsonNode root = ZhifaJson.readTree(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)), "out");
        assertThat(root.path("outcome").asText()).isEqualTo("UNDETERMINED");
        assertThat(root.path("mostLenient").isNull()).isTrue();
        assertThat(root.path("missing").toString())
                .isEqualTo("[\"minorHarm\",\"correctedInTime\",\"harmEliminated\",\"correctionDays\"]");
        assertThat(root.path("items").get(0).path("basis").path("reference").asText())
                .isEqualTo("行政处罚法 第33条 第1款");
        assertThat(root.path("items").get(1).path("kind").asText()).isEqualTo("LIGHTER_PENALTY");
        assertThat(root.path("explanationZh").get(0).asText()).startsWith("结论：待定");
        assertThat(root.path("explanationEn").get(0).asText()).startsWith("Conclusion: undetermined");
    }

    @Test
    void jurisdictionOptionMovesTheCaseOutOfTheList() throws IOException {
        Path c = caseFile("\"firstViolation\":true,\"minorHarm\":true,\"correctedInTime\":true,\"correctionDays\":3");
        assertThat(run(
                        "review",
                        "exemption",
                        c.toString(),
                        "--list",
                        list.toString(),
                        "--violation",
                        "V1",
                        "--jurisdiction",
                        "500000/市场监管"))
                .isEqualTo(0);
        assertThat(out).contains("outcome: NOT_REQUIRED").contains("未使用「T-1」：案件不在其管辖范围。");
    }

    @Test
    void withoutACaseListsTheItems() {
        assertThat(run("review", "exemption", "--list", list.toString())).isEqualTo(0);
        assertThat(out)
                .contains("测试清单 — 测试机关 — 140700/市场监管  [unverified]")
                .containsPattern("T-1 +V1 +NO_PENALTY_PERMITTED +测试违法行为  行政处罚法 第33条 第1款");
        assertThat(run("review", "exemption", "--list", list.toString(), "--json"))
                .isEqualTo(0);
        assertThat(out).contains("\"kindZh\" : \"从轻处罚\"");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        Path c = caseFile("\"firstViolation\":true");
        Path bad = write("bad.json", LIST.replace("首违不罚", "免予处罚"));
        assertThat(run("review", "exemption", c.toString(), "--list", bad.toString(), "--violation", "V1"))
                .isEqualTo(2);
        assertThat(err.strip()).doesNotContain("\n").contains("ZHIFA-REV-004").contains("items[0](T-1).kind");
        assertThat(run("review", "exemption", c.toString(), "--list", list.toString()))
                .isEqualTo(2);
        assertThat(err.strip()).doesNotContain("\n").contains("--violation");
        assertThat(run("review", "exemption", "--list", list.toString(), "--violation", "V1"))
                .isEqualTo(2);
        assertThat(run("review", "exemption", c.toString())).isEqualTo(2);
        assertThat(run(
                        "review",
                        "exemption",
                        c.toString(),
                        "--list",
                        dir.resolve("none.json").toString(),
                        "--violation",
                        "V1"))
                .isEqualTo(2);
        assertThat(err).contains("no such file");
    }
}
