package io.github.zhifa.recording.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhifa.core.json.ZhifaJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseLogTest {
    @TempDir
    Path tmp;

    private static String digest(int i) {
        return String.format("%064x", i);
    }

    @Test
    void appendProveAndVerifyWithoutTheLog() throws Exception {
        CaseLog log = CaseLog.open(tmp.resolve("log"));
        assertThat(log.head().treeSize()).isZero();
        for (int i = 0; i < 10; i++) {
            log.append(digest(i), "案件-" + i);
        }
        TreeHead head = log.head();
        assertThat(head.treeSize()).isEqualTo(10);
        assertThat(log.check(List.of())).isEmpty();
        InclusionProof p = log.proveInclusion(3, 10);
        // round trip through JSON, as the CLI does
        String json = ZhifaJson.mapper().writeValueAsString(p);
        InclusionProof back = ZhifaJson.mapper().readValue(json, InclusionProof.class);
        assertThat(back.verify(head)).isTrue();
        InclusionProof forged = new InclusionProof(
                back.format(), new LogEntry(3, digest(99), "案件-3"), back.treeSize(), back.rootHash(), back.path());
        assertThat(forged.verify()).isFalse();
        ConsistencyProof c = log.proveConsistency(4, 10);
        assertThat(c.verify()).isTrue();
        assertThat(ZhifaJson.mapper()
                        .readValue(ZhifaJson.mapper().writeValueAsString(c), ConsistencyProof.class)
                        .verify())
                .isTrue();
        assertThat(log.find(digest(7)).orElseThrow().index()).isEqualTo(7);
    }

    @Test
    void aReplacedEntryIsProvable() throws Exception {
        CaseLog log = CaseLog.open(tmp.resolve("log"));
        for (int i = 0; i < 5; i++) {
            log.append(digest(i), "c" + i);
        }
        TreeHead kept = log.head();
        Path entries = tmp.resolve("log").resolve(CaseLog.ENTRIES);
        Files.writeString(entries, Files.readString(entries).replace(digest(2), digest(42)));
        List<String> problems = log.check(List.of(kept));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(1)).contains("removed or replaced");
    }

    @Test
    void appendRefusesToHideAReplacedEntryOrADamagedHead() throws Exception {
        CaseLog log = CaseLog.open(tmp.resolve("log"));
        for (int i = 0; i < 5; i++) {
            log.append(digest(i), "c" + i);
        }
        Path dir = tmp.resolve("log");
        Path entries = dir.resolve(CaseLog.ENTRIES);
        String intact = Files.readString(entries);
        Files.writeString(entries, intact.replace(digest(2), digest(42)));
        assertThatThrownBy(() -> log.append(digest(5), "c5"))
                .hasMessageContaining("does not match the 5 entries")
                .hasMessageContaining("not appending");
        assertThat(Files.readString(entries)).isEqualTo(intact.replace(digest(2), digest(42))); // nothing written
        Files.writeString(entries, intact);
        Path head = dir.resolve(CaseLog.HEAD);
        String goodHead = Files.readString(head);
        Files.writeString(head, "{\"treeSize\": ");
        assertThatThrownBy(() -> log.append(digest(5), "c5")).hasMessageContaining("cannot be read as a tree head");
        Files.writeString(head, goodHead);
        assertThat(log.append(digest(5), "c5").index()).isEqualTo(5);
        assertThat(log.check(List.of())).isEmpty();
    }

    @Test
    void anAppendInterruptedBeforeItsHeadIsCompletedByTheNextOne() throws Exception {
        CaseLog log = CaseLog.open(tmp.resolve("log"));
        log.append(digest(0), "c0");
        // as if the process died after writing entry 1 and before writing the new head
        Files.writeString(
                tmp.resolve("log").resolve(CaseLog.ENTRIES),
                digest(1) + "\tc1\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(log.head().treeSize()).isEqualTo(1);
        assertThat(log.append(digest(2), "c2").index()).isEqualTo(2);
        assertThat(log.head().treeSize()).isEqualTo(3);
        assertThat(log.check(List.of())).isEmpty();
    }

    @Test
    void aTornAppendIsReported() throws Exception {
        CaseLog log = CaseLog.open(tmp.resolve("log"));
        log.append(digest(1), "c");
        Files.writeString(
                tmp.resolve("log").resolve(CaseLog.ENTRIES),
                digest(2).substring(0, 10),
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(log::entries).hasMessageContaining("incomplete line");
    }

    @Test
    void aDirectoryThatIsNotALogIsRefused() throws Exception {
        Files.createDirectories(tmp.resolve("x"));
        Files.writeString(tmp.resolve("x/other.txt"), "x");
        assertThatThrownBy(() -> CaseLog.open(tmp.resolve("x"))).hasMessageContaining("not a case log");
    }
}
