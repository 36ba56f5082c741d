package io.github.zhifa.cli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code disclosure validate|deadline|redact}: refused in one line, no input lost. */
class DisclosureBadInputTest {
    private static final String TEXT = "当事人张三，电话13812345678。\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    private Path sample(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/io/github/zhifa/disclosure/samples/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void aSmallFineThresholdMustBePositive() throws IOException {
        Path csv = sample("licensing-valid.csv");
        assertThat(run("disclosure", "validate", "--kind", "licensing", "--small-fine-threshold", "-1", csv.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--small-fine-threshold must be a positive amount");
    }

    @Test
    void aGbkCsvIsNamedNotUtf8() throws IOException {
        Path utf8 = sample("licensing-valid.csv");
        Path gbk = Files.write(
                dir.resolve("gbk.csv"),
                Files.readString(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));
        assertThat(run("disclosure", "validate", "--kind", "licensing", gbk.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("gbk.csv").contains("not UTF-8").doesNotContain("\uFFFD");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void aRulesDirectoryIsNotCalledMissing() {
        assertThat(run(
                        "disclosure",
                        "deadline",
                        "--kind",
                        "penalty",
                        "--decided",
                        "2024-09-27",
                        "--rules",
                        dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("is a directory").doesNotContain("no such");
    }

    @Test
    void aReportOverTheInputIsRefusedAndTheInputKept() throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), TEXT);
        // was exit 0, the input replaced by the report
        assertThat(run("disclosure", "redact", "--input", in.toString(), "--report", in.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--report").contains("input");
        assertThat(Files.readString(in)).isEqualTo(TEXT);
        assertThat(out.toString()).isEmpty();
        Path payload = Files.writeString(dir.resolve("p.json"), "{\"phone\":\"13812345678\"}");
        assertThat(run("disclosure", "redact", "--payload", payload.toString(), "--report", payload.toString()))
                .isEqualTo(2);
        assertThat(Files.readString(payload)).contains("13812345678");
    }

    @Test
    void anUnwritableReportIsRefusedBeforeAnythingIsPrinted() throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), TEXT);
        // was: the redacted text printed, then "cannot read input: ...", exit 2
        assertThat(run(
                        "disclosure",
                        "redact",
                        "--input",
                        in.toString(),
                        "--report",
                        dir.resolve("no/r.txt").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--report").contains("no such directory");
        assertThat(out.toString()).isEmpty();
        assertThat(run("disclosure", "redact", "--input", in.toString(), "--report", dir.toString()))
                .isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aStreamedInputThatTurnsBadLeavesNoHalfReport() throws IOException {
        // beyond the first 1 Mi characters the text streams, and so does a text report: bad bytes at the end used
        // to leave a report file with every finding before them, looking finished
        byte[] good = "电话13812345678。\n".repeat(80_000).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[good.length + 2];
        System.arraycopy(good, 0, all, 0, good.length);
        all[good.length] = (byte) 0xC8;
        all[good.length + 1] = (byte) 0xFD;
        Path in = Files.write(dir.resolve("big.txt"), all);
        Path report = dir.resolve("report.txt");
        assertThat(run("disclosure", "redact", "--input", in.toString(), "--report", report.toString()))
                .isEqualTo(2);
        assertThat(report).doesNotExist();
        assertThat(err.toString()).contains("big.txt").contains("not valid UTF-8");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("big.txt");
        }
    }

    @Test
    void aBlankNameIsBadUsage() throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), TEXT);
        assertThat(run("disclosure", "redact", "--input", in.toString(), "--name", " "))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--name must not be blank");
    }

    @Test
    void aMissingFileWithJsonPrintsNoHalfObject() {
        // was: stdout {"source": …, "results": []} with no counts and no error, exit 2
        assertThat(run(
                        "disclosure",
                        "validate",
                        "--kind",
                        "penalty",
                        "--json",
                        dir.resolve("nope.json").toString()))
                .isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("no such file").contains("nope.json");
    }
}
