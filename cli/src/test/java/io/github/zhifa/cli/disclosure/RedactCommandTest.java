package io.github.zhifa.cli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.cli.Cli;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {
    private static final String TEXT = "当事人：张三，男，身份证号码：11010519491231002X，电话13812345678，"
            + "住浙江省杭州市西湖区文三路90号。张三销售工艺配方Q-17。统一社会信用代码91350100M000100Y43。\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void redactsTextWithTermsAndWritesTheReport() throws IOException {
        Path in = file("in.txt", TEXT);
        Path terms = file("terms.txt", "# trade secrets\n\n工艺配方Q-17\n");
        Path report = dir.resolve("report.txt");
        int code = run(
                "disclosure",
                "redact",
                "--input",
                in.toString(),
                "--terms",
                terms.toString(),
                "--report",
                report.toString());
        assertThat(code).isZero();
        assertThat(out.toString())
                .isEqualTo("当事人：张某，男，身份证号码：******************，电话***********，"
                        + "住浙江省杭州市西湖区***。张某销售[保密内容]。统一社会信用代码91350100M000100Y43。\n");
        String rep = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(rep)
                .contains("RESIDENT_ID 15+18 -> ******************", "SECRET_TERM", "6 redactions")
                .doesNotContain("11010519491231002X", "13812345678", "张三", "工艺配方");
    }

    @Test
    void readsStandardInput() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)));
            assertThat(run("disclosure", "redact", "--profile", "strict")).isZero();
        } finally {
            System.setIn(saved);
        }
        assertThat(out.toString()).startsWith("当事人：某某，男，身份证号码：[身份证号]，电话[电话]");
        assertThat(err.toString()).startsWith("zhifa: profile strict: ").contains("RESIDENT_ID=1");
    }

    @Test
    void jsonOutputCarriesTextAndReport() throws IOException {
        Path in = file("in.txt", TEXT);
        assertThat(run("disclosure", "redact", "--json", "--profile", "court", "--input", in.toString()))
                .isZero();
        JsonNode n =
                ZhifaJson.readTree(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "out");
        assertThat(n.get("text").asText()).startsWith("当事人：张某，男，身份证号码：××××");
        assertThat(n.get("report").get("counts").get("PERSON_NAME").asInt()).isEqualTo(2);
        assertThat(n.get("report").get("profile").asText()).isEqualTo("court");
    }

    @Test
    void redactsAStructuredRecord() throws IOException {
        Path rec = file(
                "rec.json",
                "{\"CF_XDR_MC\":\"张三\",\"CF_XDR_LB\":\"自然人\",\"CF_XDR_ZJHM\":\"11010519491231002X\","
                        + "\"CF_WSH\":\"杭西市监罚〔2024〕15号\",\"CF_SY\":\"张三销售过期食品\"}");
        Path report = dir.resolve("r.json");
        assertThat(run("disclosure", "redact", "--payload", rec.toString(), "--json", "--report", report.toString()))
                .isZero();
        JsonNode n =
                ZhifaJson.readTree(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "out");
        assertThat(n.get("CF_XDR_MC").asText()).isEqualTo("张某");
        assertThat(n.get("CF_SY").asText()).isEqualTo("张某销售过期食品");
        assertThat(n.get("CF_WSH").asText()).isEqualTo("杭西市监罚〔2024〕15号");
        JsonNode r = ZhifaJson.readTree(Files.newInputStream(report), "r.json");
        assertThat(r.get("findings").get(0).get("path").asText()).isEqualTo("/CF_XDR_MC");
    }

    @Test
    void showsAProfileToCopyAndAcceptsTheCopy() throws IOException {
        assertThat(run("disclosure", "redact", "--profile", "court", "--show-profile"))
                .isZero();
        String json = out.toString().replace("\"JIAYI\"", "\"DIGITS\"");
        Path mine = file("mine.json", json);
        Path in = file("in.txt", "当事人：李一。当事人：李二。");
        out.getBuffer().setLength(0);
        assertThat(run("disclosure", "redact", "--profile", mine.toString(), "--input", in.toString()))
                .isZero();
        assertThat(out.toString()).isEqualTo("当事人：李某1。当事人：李某2。");
    }

    @Test
    void badUsageIsOneLineAndExitTwo() throws IOException {
        assertThat(run("disclosure", "redact", "--profile", "lenient")).isEqualTo(2);
        assertThat(err.toString().strip())
                .startsWith("zhifa: unknown profile 'lenient'")
                .doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run(
                        "disclosure",
                        "redact",
                        "--input",
                        dir.resolve("missing.txt").toString()))
                .isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("zhifa: no such file").doesNotContain("\n");
        err.getBuffer().setLength(0);
        Path bad = file("bad.json", "{\"name\":\"x\",\"rules\":{\"MOBILE\":{\"action\":\"BLUR\"}}}");
        assertThat(run("disclosure", "redact", "--profile", bad.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains("ZHIFA-RED-002").doesNotContain("\n");
        err.getBuffer().setLength(0);
        Path notJson = file("rec.json", "{\"CF_XDR_MC\": ");
        assertThat(run("disclosure", "redact", "--payload", notJson.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n");
        err.getBuffer().setLength(0);
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {(byte) 0xC4, (byte) 0x41, (byte) 0xFF});
        assertThat(run("disclosure", "redact", "--input", latin1.toString())).isEqualTo(2);
        assertThat(err.toString().strip())
                .startsWith("zhifa: cannot read " + latin1)
                .contains("not valid UTF-8")
                .doesNotContain("\n");
    }
}
