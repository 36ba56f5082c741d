package io.github.zhifa.examples.recording;

import io.github.zhifa.recording.BagPacker;
import io.github.zhifa.recording.BagReport;
import io.github.zhifa.recording.BagVerifier;
import io.github.zhifa.recording.CaptureSpan;
import io.github.zhifa.recording.CaseMetadata;
import io.github.zhifa.recording.ItemMetadata;
import io.github.zhifa.recording.MediaKind;
import io.github.zhifa.recording.PackResult;
import io.github.zhifa.recording.Stage;
import io.github.zhifa.recording.log.CaseLog;
import io.github.zhifa.recording.log.InclusionProof;
import io.github.zhifa.recording.log.TreeHead;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A case-handling system archives a closed case: it packs the case folder into a BagIt package with SHA-256 and
 * SM3 digests, records the package in the agency's append-only log, hands the archive a proof, and the archive
 * later checks the package and the proof without access to the log.
 */
public final class ArchiveCaseRecords {
    private ArchiveCaseRecords() {}

    /**
     * Runs the example in a temporary directory.
     *
     * @param args unused
     * @throws IOException if the temporary directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(System.out, Files.createTempDirectory("zhifa-example-recording"));
    }

    /**
     * Runs the example.
     *
     * @param out where to print
     * @param work a writable directory
     * @throws IOException on I/O failure
     */
    static void run(PrintStream out, Path work) throws IOException {
        // 1. the case folder the system already keeps
        Path folder = Files.createDirectories(work.resolve("case-0512/video"));
        Files.writeString(work.resolve("case-0512/decision.txt"), "行政处罚决定书 …", StandardCharsets.UTF_8);
        Files.write(folder.resolve("bodycam-1.mp4"), new byte[1 << 20]);

        // 2. pack it, with what the system knows about each file
        CaseMetadata meta = new CaseMetadata(
                "沪市监处〔2024〕512号",
                "上海市某区市场监督管理局",
                null,
                List.of(
                        new ItemMetadata("decision.txt", MediaKind.TEXT, Stage.DECISION, null, null, List.of()),
                        new ItemMetadata(
                                "video/bodycam-1.mp4",
                                MediaKind.VIDEO,
                                Stage.INVESTIGATION,
                                new CaptureSpan(
                                        Instant.parse("2024-05-12T01:00:00Z"), Instant.parse("2024-05-12T01:20:00Z")),
                                "DSJ-07",
                                List.of("31000000002"))));
        PackResult packed = BagPacker.builder()
                .metadata(meta)
                .build()
                .pack(work.resolve("case-0512"), work.resolve("archive/case-0512"));
        out.println(
                "packed: " + packed.manifest().items().size() + " files, tag manifest " + packed.tagManifestSha256());

        // 3. log it in the agency's append-only case log, keep the tree head elsewhere
        CaseLog log = CaseLog.open(work.resolve("agency-log"));
        long index = log.append(packed.tagManifestSha256(), meta.caseId()).index();
        TreeHead head = log.head();
        InclusionProof proof = log.proveInclusion(index, head.treeSize());

        // 4. the archive checks the package, and the proof against the published tree head, without the log
        BagReport report = BagVerifier.verify(packed.bag());
        boolean inLog =
                proof.verify(head) && proof.entry().digest().equals(BagVerifier.tagManifestDigest(packed.bag()));
        out.println(
                "archive check: package " + (report.valid() ? "valid" : "INVALID") + ", in the agency log: " + inLog);

        // 5. someone edits the video afterwards: the package says so
        Path video = packed.bag().resolve("data/video/bodycam-1.mp4");
        byte[] b = Files.readAllBytes(video);
        b[12345] = 1;
        Files.write(video, b);
        for (BagReport.Finding f : BagVerifier.verify(packed.bag()).findings()) {
            out.println("after the edit: " + f.kind() + " " + f.path());
        }
    }
}
