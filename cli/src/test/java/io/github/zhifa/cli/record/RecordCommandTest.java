package io.github.zhifa.cli.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCommandTest {
    @TempDir
    Path tmp;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    private Path source() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("case/视频"));
        Files.writeString(tmp.resolve("case/abc.txt"), "abc", StandardCharsets.US_ASCII);
        Files.write(src.resolve("1.mp4"), new byte[100_000]);
        return tmp.resolve("case");
    }

    @Test
    void hashPrintsSha256Sm3SizeAndPathLikeSha256sum() throws Exception {
        Path f = Files.writeString(tmp.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        assertThat(run("record", "hash", "--no-progress", f.toString())).isZero();
        assertThat(out.toString())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  "
                        + "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0  3  " + f
                        + System.lineSeparator());
    }

    @Test
    void hashOfAMissingFileIsOneLineAndExitTwo() {
        assertThat(run("record", "hash", tmp.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("zhifa: ").doesNotContain("\n");
    }

    @Test
    void packVerifyTamperVerify() throws Exception {
        Path bag = tmp.resolve("bag");
        assertThat(run("record", "pack", source().toString(), bag.toString(), "--case-id", "C-1", "--sha512"))
                .isZero();
        assertThat(out.toString()).contains("packed 2 files").contains("C-1");
        assertThat(run("record", "verify", bag.toString())).isZero();
        assertThat(out.toString()).startsWith("valid: ");
        Files.writeString(bag.resolve("data/abc.txt"), "abd");
        Files.writeString(bag.resolve("data/new.txt"), "x");
        assertThat(run("record", "verify", bag.toString())).isEqualTo(1);
        assertThat(out.toString())
                .startsWith("INVALID: ")
                .contains("altered       data/abc.txt")
                .contains("unexpected    data/new.txt");
        assertThat(run("record", "verify", "--json", bag.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("\"valid\" : false").contains("\"kind\" : \"ALTERED\"");
    }

    @Test
    void packIntoAnExistingTargetIsExitTwo() throws Exception {
        Files.createDirectories(tmp.resolve("bag"));
        assertThat(run("record", "pack", source().toString(), tmp.resolve("bag").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("target exists").doesNotContain("\tat ");
    }

    @Test
    void verifyOfAHostileBagIsExitTwo() throws Exception {
        Path bag = tmp.resolve("bag");
        run("record", "pack", source().toString(), bag.toString());
        Files.writeString(bag.resolve("manifest-sha256.txt"), "00  data/../../x\n");
        assertThat(run("record", "verify", bag.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ZHIFA-REC-002").contains("traversal");
    }

    @Test
    void logAppendProveAndVerifyWithoutTheLog() throws Exception {
        Path bag = tmp.resolve("bag");
        run("record", "pack", source().toString(), bag.toString());
        Path log = tmp.resolve("log");
        assertThat(run("record", "log", "append", log.toString(), bag.toString(), "--label", "C-1"))
                .isZero();
        assertThat(out.toString()).contains("appended entry 0");
        assertThat(run("record", "log", "prove", log.toString(), "--bag", bag.toString()))
                .isZero();
        Path proof = Files.writeString(tmp.resolve("proof.json"), out.toString());
        assertThat(run("record", "log", "verify", proof.toString(), "--bag", bag.toString()))
                .isZero();
        assertThat(out.toString()).startsWith("proof holds");
        Files.writeString(proof, Files.readString(proof).replace("\"C-1\"", "\"C-2\""));
        assertThat(run("record", "log", "verify", proof.toString())).isEqualTo(1);
        assertThat(run("record", "log", "verify", log.toString())).isZero();
        assertThat(out.toString()).startsWith("log intact: size 1");
        assertThat(run("record", "log", "prove", log.toString(), "--from", "1")).isZero();
        Path cproof = Files.writeString(tmp.resolve("c.json"), out.toString());
        assertThat(run("record", "log", "verify", cproof.toString())).isZero();
        assertThat(run("record", "log", "prove", log.toString())).isEqualTo(2);
    }

    @Test
    void coverageFindsGapsAndExitsOne() throws Exception {
        Path a = Files.writeString(
                tmp.resolve("activity.json"),
                "{\"activity\": \"查封扣押财产\", \"start\": \"2024-05-01T01:00:00Z\", \"end\": \"2024-05-01T02:00:00Z\","
                        + " \"toleranceSeconds\": 10, \"segments\": ["
                        + "{\"start\": \"2024-05-01T01:00:00Z\", \"end\": \"2024-05-01T01:30:00Z\"},"
                        + "{\"start\": \"2024-05-01T01:30:05Z\", \"end\": \"2024-05-01T01:50:00Z\"}]}");
        assertThat(run("record", "coverage", a.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("SEIZURE (full recording required): NOT covered")
                .contains("gap 2024-05-01T01:50:00Z .. 2024-05-01T02:00:00Z (600 s)")
                .doesNotContain("01:30:00Z ..");
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"activity\": \"SEIZURE\", \"colour\": 1}");
        assertThat(run("record", "coverage", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("colour");
    }

    @Test
    void packWithCaseMetadataWritesItIntoTheRecordManifest() throws Exception {
        Path meta = Files.writeString(
                tmp.resolve("meta.json"),
                "{\"caseId\": \"沪市监处〔2024〕12号\", \"agency\": \"某局\", \"title\": null, \"items\": ["
                        + "{\"path\": \"视频/1.mp4\", \"mediaKind\": \"VIDEO\", \"stage\": \"EXECUTION\","
                        + " \"capture\": {\"start\": \"2024-05-01T01:00:00Z\", \"end\": \"2024-05-01T01:30:00Z\"},"
                        + " \"deviceId\": \"DSJ-1\", \"officerIds\": [\"31000012345\"]}]}",
                StandardCharsets.UTF_8);
        Path bag = tmp.resolve("bag");
        assertThat(run("record", "pack", "--json", "--manifest", meta.toString(), source().toString(), bag.toString()))
                .isZero();
        assertThat(out.toString()).contains("\"caseId\" : \"沪市监处〔2024〕12号\"").contains("\"files\" : 2");
        String manifest = Files.readString(bag.resolve("zhifa-record-manifest.json"));
        assertThat(manifest).contains("\"stage\" : \"EXECUTION\"").contains("\"deviceId\" : \"DSJ-1\"");
        assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("Source-Organization: 某局");
        // the video's capture span feeds the coverage check
        Path a = Files.writeString(
                tmp.resolve("a.json"),
                "{\"activity\": \"SEIZURE\", \"start\": \"2024-05-01T01:00:00Z\", \"end\": \"2024-05-01T01:30:00Z\"}");
        assertThat(run("record", "coverage", "--bag", bag.toString(), a.toString()))
                .isZero();
        assertThat(out.toString()).contains("SEIZURE (full recording required): covered");
    }

    @Test
    void badMetadataIsExitTwoWithWhere() throws Exception {
        Path meta = Files.writeString(
                tmp.resolve("meta.json"), "{\"caseId\": \"c\", \"items\": [{\"path\": \"x\", \"stage\": \"LUNCH\"}]}");
        assertThat(run(
                        "record",
                        "pack",
                        "--manifest",
                        meta.toString(),
                        source().toString(),
                        tmp.resolve("b").toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .startsWith("zhifa: ")
                .contains("$.items[0].stage")
                .contains("FILING");
        assertThat(Files.exists(tmp.resolve("b"))).isFalse();
    }

    @Test
    void hashJson() throws Exception {
        Path f = Files.writeString(tmp.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        assertThat(run("record", "hash", "--json", f.toString())).isZero();
        assertThat(out.toString())
                .contains("\"size\" : 3")
                .contains("\"sm3\" : \"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0\"");
    }

    @Test
    void recordWithoutSubcommandIsUsage() {
        assertThat(run("record")).isEqualTo(2);
    }
}
