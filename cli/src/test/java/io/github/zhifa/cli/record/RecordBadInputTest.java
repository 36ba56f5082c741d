package io.github.zhifa.cli.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code record pack} and {@code record log}: one line, exit 2, nothing written. */
class RecordBadInputTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    private Path caseDir() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("case"));
        Files.writeString(src.resolve("a.txt"), "a");
        return src;
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.count();
        }
    }

    @Test
    void aBagInsideItsCaseIsRefused() throws Exception {
        Path src = caseDir();
        // was exit 0: the bag landed in the case and was packed with it the next time
        assertThat(run(
                        "record",
                        "pack",
                        "--no-progress",
                        src.toString(),
                        src.resolve("bag").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("inside the source");
        assertThat(count(src)).isEqualTo(2);
    }

    @Test
    void verifyingAnEmptyDirectoryAsALogIsBadInputAndWritesNothing() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        // was exit 0 "log intact: size 0", and the read-only check created entries.tsv and tree-head.json
        assertThat(run("record", "log", "verify", empty.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a case log");
        assertThat(count(empty)).isEqualTo(1);
    }

    @Test
    void aTrustedHeadMustBeWellFormed() throws Exception {
        Path src = caseDir();
        Path bag = tmp.resolve("bag");
        Path log = tmp.resolve("log");
        assertThat(run("record", "pack", "--no-progress", src.toString(), bag.toString()))
                .isZero();
        assertThat(run("record", "log", "append", log.toString(), bag.toString()))
                .isZero();
        assertThat(run("record", "log", "prove", "--index", "0", log.toString()))
                .isZero();
        Path proof = Files.writeString(tmp.resolve("proof.json"), out.toString());
        // was exit 70: NumberFormatException
        assertThat(run("record", "log", "verify", "--root", "zz", "--tree-size", "1", proof.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--root must be a SHA-256 hash");
        assertThat(run("record", "log", "verify", "--root", "ab".repeat(32), "--tree-size", "-1", proof.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--tree-size must be 0 or more");
    }

    @Test
    void aProofFieldOfTheWrongTypeIsNamedByPath() throws Exception {
        Path proof = Files.writeString(
                tmp.resolve("proof.json"),
                "{\"format\":\"zhifa-inclusion-proof/1\",\"entry\":{\"index\":0,\"digest\":\"" + "0".repeat(64)
                        + "\",\"label\":\"b\"},\n\"treeSize\":99999999999999999999,\"rootHash\":\"" + "0".repeat(64)
                        + "\",\"path\":[]}");
        // was "cannot read input: Numeric value (...) out of range of long ... (through reference chain:
        // io.github.zhifa.recording.log.InclusionProof["treeSize"])"
        assertThat(run("record", "log", "verify", proof.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("proof.json line 2")
                .contains("$.treeSize")
                .doesNotContain("io.github")
                .doesNotContain("99999999999999999999");
    }

    @Test
    void metadataWithoutACaseIdSaysSoWithoutJavaNames() throws Exception {
        Path src = caseDir();
        Path meta = Files.writeString(tmp.resolve("meta.json"), "{\"agency\":\"某局\"}");
        assertThat(run(
                        "record",
                        "pack",
                        "--no-progress",
                        "--manifest",
                        meta.toString(),
                        src.toString(),
                        tmp.resolve("bag").toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("'caseId' is missing")
                .doesNotContain("io.github")
                .doesNotContain("Cannot construct");
    }

    @Test
    void anActivityEndingBeforeItStartsNamesTheFile() throws Exception {
        Path a = Files.writeString(
                tmp.resolve("activity.json"),
                "{\"activity\":\"SEIZURE\",\"start\":\"2024-01-01T02:00:00Z\",\"end\":\"2024-01-01T01:00:00Z\"}");
        // was "ZHIFA-REC-005: capture span ends before it starts", naming no file
        assertThat(run("record", "coverage", a.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("activity.json").contains("end is before its start");
    }

    @Test
    void aBlankCaseIdIsBadUsage() throws Exception {
        Path src = caseDir();
        // was exit 0: "packed 1 files (1 bytes) of case  into …", an empty Case-Id in bag-info.txt
        assertThat(run(
                        "record",
                        "pack",
                        "--no-progress",
                        "--case-id",
                        "",
                        src.toString(),
                        tmp.resolve("bag").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--case-id must not be blank");
        assertThat(tmp.resolve("bag")).doesNotExist();
    }
}
