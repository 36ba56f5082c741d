package io.github.zhifa.cli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.cli.Cli;
import io.github.zhifa.cli.TestSchedules;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.disclosure.DisclosureFormat;
import io.github.zhifa.disclosure.DisclosureRecord;
import io.github.zhifa.disclosure.DisclosureSamples;
import io.github.zhifa.disclosure.FieldNaming;
import io.github.zhifa.disclosure.RecordKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    private Path sample(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, DisclosureSamples.bytes(name));
        return p;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void validJsonArrayExitsZero() throws IOException {
        int code = run(
                "disclosure",
                "validate",
                sample("penalty-valid.json").toString(),
                "--kind",
                "penalty",
                "--published-on",
                "2024-10-12");
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("5 penalty record(s), 5 valid, 0 invalid")
                .contains("WARNING ZHIFA-DIS-073 CF_CFLB");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void invalidRecordsExitOneAndAreAllListed() throws IOException {
        int code = run("disclosure", "validate", sample("penalty-invalid.json").toString(), "--kind", "penalty");
        assertThat(code).isEqualTo(1);
        String text = out.toString();
        assertThat(text).contains("10 penalty record(s), 0 valid, 10 invalid");
        assertThat(text)
                .contains("record 1 (line 2, 京朝市监处罚〔2024〕1234号): INVALID")
                .contains("ERROR   ZHIFA-DIS-020 CF_XDR_SHXYM")
                .contains("ERROR   ZHIFA-DIS-072 CF_GSJZQ");
        assertThat(text).doesNotContain("110105194912310021"); // the broken ID number is never echoed
    }

    @Test
    void lateCsvPublicationIsAFinding() throws IOException {
        int code = run(
                "disclosure",
                "validate",
                sample("licensing-valid.csv").toString(),
                "--kind",
                "licensing",
                "--published-on",
                "2024-10-14");
        // decided 27 Sep 2024, due 12 Oct (7 working days); the second decided 30 Sep, due 14 Oct
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("1 valid, 1 invalid").contains("ZHIFA-DIS-070 publishedOn");
    }

    @Test
    void jsonOutputIsAnObjectWithPerRecordResults() throws IOException {
        int code = run(
                "disclosure", "validate", sample("licensing-invalid.csv").toString(), "--kind", "licensing", "--json");
        assertThat(code).isEqualTo(1);
        JsonNode root =
                ZhifaJson.readTree(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "out");
        assertThat(root.get("records").asInt()).isEqualTo(2);
        assertThat(root.get("invalid").asInt()).isEqualTo(2);
        JsonNode first = root.get("results").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("violations").get(0).get("code").asText()).isEqualTo("ZHIFA-DIS-041");
        assertThat(first.get("violations").get(0).get("path").asText()).isEqualTo("XK_YXQZI");
        assertThat(first.get("violations").get(0).get("messageZh").asText()).contains("有效期");
    }

    @Test
    void aSingleObjectIsAccepted() throws IOException {
        Path f = file(
                "one.json",
                "{\"执法机关\": \"北京市朝阳区应急管理局\", \"执法机关统一社会信用代码\": \"11110000MB0152873H\","
                        + " \"执法对象\": \"北京示例餐饮管理有限公司\", \"执法类别\": \"行政检查\", \"执法结论\": \"未发现问题\","
                        + " \"决定日期\": \"2024-09-27\"}");
        assertThat(run("disclosure", "validate", f.toString(), "--kind", "general"))
                .isZero();
    }

    @Test
    void malformedInputIsOneLineAndExitTwo() throws IOException {
        Path f = file("bad.csv", "CF_WSH,CF_JDRQ\r\na,\"2024\r\n");
        assertThat(run("disclosure", "validate", f.toString(), "--kind", "penalty"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("zhifa: ZHIFA-DIS-001: ").contains("line 2, column 3");
        assertThat(err.toString().strip()).doesNotContain("\n");
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        Path f = sample("general-valid.json");
        assertThat(run("disclosure", "validate", f.toString())).isEqualTo(2); // --kind missing
        assertThat(run("disclosure", "validate", f.toString(), "--kind", "fine"))
                .isEqualTo(2);
        assertThat(run("disclosure", "validate", f.toString(), "--kind", "general", "--published-on", "2024-13-01"))
                .isEqualTo(2);
        assertThat(run("disclosure", "validate", dir.resolve("missing.json").toString(), "--kind", "general"))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(4).allMatch(l -> l.startsWith("zhifa: "));
    }

    /** The bundled samples repeated into 1,500 penalties, as CSV. */
    private Path manyPenalties(int copies) throws IOException {
        List<DisclosureRecord> one = new ArrayList<>();
        for (String name : new String[] {"penalty-valid.json", "penalty-invalid.json"}) {
            one.addAll(DisclosureFormat.read(DisclosureSamples.bytes(name), name, RecordKind.PENALTY)
                    .typedRecords());
        }
        List<DisclosureRecord> many = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            many.addAll(one);
        }
        return file("many.csv", DisclosureFormat.toCsv(many, RecordKind.PENALTY, FieldNaming.CODE));
    }

    @Test
    void aLargeFileIsReportedRecordByRecordWithTheSummaryLast() throws IOException {
        Path f = manyPenalties(100);
        assertThat(run("disclosure", "validate", f.toString(), "--kind", "penalty", "--published-on", "2024-10-12"))
                .isEqualTo(1);
        List<String> heads =
                out.toString().lines().filter(l -> l.startsWith("record ")).toList();
        assertThat(heads).hasSize(1500);
        assertThat(heads.get(0)).startsWith("record 1 (line 2, ");
        assertThat(heads.get(1499)).startsWith("record 1500 (line 1501, ");
        assertThat(heads.stream().filter(l -> l.endsWith(": OK"))).hasSize(500);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo(f + ": 1500 penalty record(s), 500 valid, 1000 invalid");
    }

    @Test
    void jsonOutputOfALargeFileIsOneValidDocument() throws IOException {
        Path f = manyPenalties(100);
        assertThat(run("disclosure", "validate", f.toString(), "--kind", "penalty", "--json"))
                .isEqualTo(1);
        JsonNode root =
                ZhifaJson.readTree(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "out");
        assertThat(root.get("records").asInt()).isEqualTo(1500);
        assertThat(root.get("results")).hasSize(1500);
        assertThat(root.get("results").get(1499).get("index").asInt()).isEqualTo(1499);
        assertThat(root.get("valid").asInt() + root.get("invalid").asInt()).isEqualTo(1500);
        assertThat(root.has("error")).isFalse();
    }

    @Test
    void malformedInputAfterSomeRecordsStillGivesValidJsonAndExitTwo() throws IOException {
        Path f = file("late-error.json", "[{\"CF_WSH\": \"a\"},\n {\"CF_WSH\": \"b\"},\n {\"CF_NOPE\": \"c\"}]");
        assertThat(run("disclosure", "validate", f.toString(), "--kind", "penalty", "--json"))
                .isEqualTo(2);
        JsonNode root =
                ZhifaJson.readTree(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "out");
        assertThat(root.get("results")).hasSize(2);
        assertThat(root.get("error").get("code").asText()).isEqualTo("ZHIFA-DIS-001");
        assertThat(root.get("error").get("message").asText()).contains("line 3, column 3 (record 3)");
        assertThat(err.toString()).startsWith("zhifa: ZHIFA-DIS-001: ").contains("line 3, column 3 (record 3)");
    }

    @Test
    void malformedInputAfterSomeRecordsInTextListsThemThenFails() throws IOException {
        Path f = file("late-error.csv", "CF_WSH,CF_JDRQ\na,2024-09-27\nb\n");
        assertThat(run("disclosure", "validate", f.toString(), "--kind", "penalty"))
                .isEqualTo(2);
        assertThat(out.toString()).contains("record 1 (line 2, a): INVALID").doesNotContain("record(s)");
        assertThat(err.toString()).contains("line 3 (record 2): CSV: row has 1 cells");
    }

    @Test
    void theLateCheckCountsOnTheCalendarGiven() throws IOException {
        // as lateCsvPublicationIsAFinding, but with a regional rest day on 2024-10-08 the first decision is due
        // 2024-10-14 too
        Path region = TestSchedules.regionWithRestDayOn20241008(dir);
        int code = run(
                "disclosure",
                "validate",
                sample("licensing-valid.csv").toString(),
                "--kind",
                "licensing",
                "--published-on",
                "2024-10-14",
                "--region",
                region.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("2 valid, 0 invalid").doesNotContain("ZHIFA-DIS-070");
    }
}
