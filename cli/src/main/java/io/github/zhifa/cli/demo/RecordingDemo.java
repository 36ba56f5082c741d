package io.github.zhifa.cli.demo;

import io.github.zhifa.recording.BagPacker;
import io.github.zhifa.recording.BagReport;
import io.github.zhifa.recording.BagVerifier;
import io.github.zhifa.recording.CaptureSpan;
import io.github.zhifa.recording.CaseMetadata;
import io.github.zhifa.recording.ItemMetadata;
import io.github.zhifa.recording.MediaKind;
import io.github.zhifa.recording.PackResult;
import io.github.zhifa.recording.RecordItem;
import io.github.zhifa.recording.Stage;
import io.github.zhifa.recording.coverage.CoverageCheck;
import io.github.zhifa.recording.coverage.CoverageReport;
import io.github.zhifa.recording.coverage.Gap;
import io.github.zhifa.recording.log.CaseLog;
import io.github.zhifa.recording.log.InclusionProof;
import io.github.zhifa.recording.log.TreeHead;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Demo step: packs a sample seizure case (documents, photos, two body-camera videos) into a BagIt bag with SHA-256
 * and SM3, verifies it, logs it in a Merkle case log, tampers with a copy and shows the report, and checks the
 * video coverage of the seizure.
 */
final class RecordingDemo implements DemoStep {
    private static final String CASE_ID = "沪市监案〔2024〕0512号";

    @Override
    public String title() {
        return "recording: tamper-evident record packages";
    }

    @Override
    public void run(PrintWriter out, Path workDir) throws IOException {
        Path src = sampleCase(workDir.resolve("case"));
        Instant t0 = Instant.parse("2024-05-12T01:00:00Z");
        CaseMetadata meta = new CaseMetadata(
                CASE_ID,
                "上海市某区市场监督管理局",
                "涉嫌销售假冒商品 查封扣押",
                List.of(
                        new ItemMetadata(
                                "文书/立案审批表.txt", MediaKind.TEXT, Stage.FILING, null, null, List.of("31000000001")),
                        new ItemMetadata(
                                "文书/现场笔录.txt", MediaKind.TEXT, Stage.INVESTIGATION, null, null, List.of("31000000001")),
                        new ItemMetadata("文书/查封扣押决定书.txt", MediaKind.TEXT, Stage.DECISION, null, null, List.of()),
                        new ItemMetadata(
                                "照片/现场1.jpg",
                                MediaKind.PHOTO,
                                Stage.INVESTIGATION,
                                new CaptureSpan(t0, t0),
                                "DSJ-07",
                                List.of("31000000002")),
                        new ItemMetadata(
                                "视频/执法记录仪-1.mp4",
                                MediaKind.VIDEO,
                                Stage.EXECUTION,
                                new CaptureSpan(t0, t0.plus(Duration.ofMinutes(40))),
                                "DSJ-07",
                                List.of("31000000002")),
                        new ItemMetadata(
                                "视频/执法记录仪-2.mp4",
                                MediaKind.VIDEO,
                                Stage.EXECUTION,
                                new CaptureSpan(t0.plus(Duration.ofMinutes(43)), t0.plus(Duration.ofMinutes(60))),
                                "DSJ-07",
                                List.of("31000000002"))));
        Path bag = workDir.resolve("bag");
        PackResult r = BagPacker.builder().metadata(meta).build().pack(src, bag);
        out.println("packed case " + CASE_ID + ": " + r.manifest().items().size() + " files, "
                + r.manifest().totalSize() + " bytes, into a BagIt 1.0 bag");
        for (RecordItem i : r.manifest().items()) {
            out.println(String.format(
                    Locale.ROOT,
                    "  %s %-5s %s  sm3 %s…",
                    padToWidth(i.stage().nameZh(), 8),
                    i.mediaKind(),
                    i.path(),
                    i.sm3().substring(0, 16)));
        }
        BagReport ok = BagVerifier.verify(bag);
        out.println("verify: " + (ok.valid() ? "valid" : "INVALID") + " (" + ok.payloadFiles() + " files)");

        CaseLog log = CaseLog.open(workDir.resolve("case-log"));
        log.append(fakeDigest(1), "earlier case A");
        log.append(fakeDigest(2), "earlier case B");
        long index = log.append(r.tagManifestSha256(), CASE_ID).index();
        TreeHead head = log.head();
        InclusionProof proof = log.proveInclusion(index, head.treeSize());
        out.println("case log: entry " + index + " of " + head.treeSize() + ", root "
                + head.rootHash().substring(0, 16)
                + "…; inclusion proof (" + proof.path().size() + " hashes) verifies without the log: "
                + proof.verify(head));

        Path copy = workDir.resolve("tampered");
        copyTree(bag, copy);
        Path video = copy.resolve("data/视频/执法记录仪-2.mp4");
        byte[] b = Files.readAllBytes(video);
        b[b.length / 2] ^= 1;
        Files.write(video, b);
        Files.delete(copy.resolve("data/照片/现场1.jpg"));
        Files.writeString(copy.resolve("data/照片/补拍.jpg"), "added later");
        out.println("tampered copy (one bit flipped in a video, a photo deleted, a photo added):");
        BagReport bad = BagVerifier.verify(copy);
        for (BagReport.Finding f : bad.findings()) {
            out.println("  " + f.kind().name().toLowerCase(Locale.ROOT) + "  " + f.path() + "  (" + f.detail() + ")");
        }

        List<CaptureSpan> spans = r.manifest().items().stream()
                .filter(i -> i.mediaKind() == MediaKind.VIDEO && i.capture() != null)
                .map(RecordItem::capture)
                .toList();
        CoverageReport cov = CoverageCheck.check(
                "SEIZURE", new CaptureSpan(t0, t0.plus(Duration.ofMinutes(60))), spans, Duration.ofSeconds(30));
        out.println("coverage of the seizure (查封扣押财产, full recording required), tolerance 30 s: "
                + (cov.covered() ? "covered" : "NOT covered"));
        for (Gap g : cov.gaps()) {
            out.println("  gap " + beijing(g.start()) + " .. " + beijing(g.end()) + " ("
                    + g.duration().toMinutes() + " min)");
        }
    }

    private static String fakeDigest(int i) {
        return String.format(Locale.ROOT, "%064x", i);
    }

    private static Path sampleCase(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("文书"));
        Files.createDirectories(dir.resolve("照片"));
        Files.createDirectories(dir.resolve("视频"));
        Files.writeString(dir.resolve("文书/立案审批表.txt"), "立案审批表\n案由：涉嫌销售假冒注册商标的商品\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("文书/现场笔录.txt"), "现场笔录\n检查地点：某区某路某号\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("文书/查封扣押决定书.txt"), "实施行政强制措施决定书\n", StandardCharsets.UTF_8);
        Random rnd = new Random(2024);
        writeRandom(dir.resolve("照片/现场1.jpg"), 200_000, rnd);
        writeRandom(dir.resolve("视频/执法记录仪-1.mp4"), 3_000_000, rnd);
        writeRandom(dir.resolve("视频/执法记录仪-2.mp4"), 2_000_000, rnd);
        return dir;
    }

    private static void writeRandom(Path f, int size, Random rnd) throws IOException {
        byte[] b = new byte[size];
        rnd.nextBytes(b);
        Files.write(f, b, StandardOpenOption.CREATE_NEW);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    /** Pads to a terminal width, counting CJK characters as two columns. */
    private static String padToWidth(String s, int width) {
        int w = s.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
        return s + " ".repeat(Math.max(0, width - w));
    }

    /** Local time in China (UTC+8), as case handlers read it: 2024-05-12T09:40+08:00. */
    private static String beijing(java.time.Instant t) {
        return t.atZone(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString();
    }
}
