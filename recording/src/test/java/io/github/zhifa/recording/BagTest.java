package io.github.zhifa.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import io.github.zhifa.recording.BagReport.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BagTest {
    @TempDir
    Path tmp;

    private Path source() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("case"));
        Files.createDirectories(src.resolve("文书"));
        Files.createDirectories(src.resolve("video"));
        Files.writeString(src.resolve("文书/abc.txt"), "abc", StandardCharsets.US_ASCII);
        Files.writeString(src.resolve("文书/现场检查笔录.txt"), "检查时间：2024年5月1日\n", StandardCharsets.UTF_8);
        byte[] video = new byte[3 * FileHasher.BUFFER_SIZE + 17];
        new java.util.Random(1).nextBytes(video);
        Files.write(src.resolve("video/seizure.mp4"), video);
        // a decomposed (NFD) name: e + combining acute; stored NFC in the bag
        Files.writeString(src.resolve("note-e\u0301.txt"), "nfd", StandardCharsets.UTF_8);
        return src;
    }

    private PackResult pack(Path src, Path bag, boolean sha512) {
        CaseMetadata meta = new CaseMetadata(
                "沪市监处〔2024〕12号",
                "上海市市场监督管理局",
                "查封扣押",
                List.of(new ItemMetadata(
                        "video/seizure.mp4",
                        MediaKind.VIDEO,
                        Stage.EXECUTION,
                        new CaptureSpan(Instant.parse("2024-05-01T01:00:00Z"), Instant.parse("2024-05-01T01:30:00Z")),
                        "DSJ-0001",
                        List.of("31000012345"))));
        return BagPacker.builder()
                .metadata(meta)
                .sha512(sha512)
                .threads(2)
                .clock(Clock.fixed(Instant.parse("2024-05-02T00:00:00Z"), ZoneOffset.UTC))
                .build()
                .pack(src, bag);
    }

    @Test
    void packedBagIsValidForZhifaAndForTheLibraryOfCongressBagIt() throws Exception {
        Path bag = tmp.resolve("bag");
        PackResult r = pack(source(), bag, true);
        BagReport report = BagVerifier.verify(bag);
        assertThat(report.findings()).isEmpty();
        assertThat(report.payloadFiles()).isEqualTo(4);

        // independent validator: gov.loc:bagit reads and fully validates (SHA-256 and SHA-512 manifests, tag manifest)
        Bag loc = new BagReader().read(bag);
        try (gov.loc.repository.bagit.verify.BagVerifier v = new gov.loc.repository.bagit.verify.BagVerifier()) {
            v.isValid(loc, false);
        }
        assertThat(loc.getPayLoadManifests()).hasSize(2);
        assertThat(loc.getTagManifests()).hasSize(1);

        // FIPS 180-2 and GB/T 32905 vectors for the 3-byte file "abc"
        assertThat(Files.readString(bag.resolve("manifest-sha256.txt")))
                .contains("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  data/文书/abc.txt\n");
        assertThat(Files.readString(bag.resolve(BagPacker.SM3_FILE)))
                .contains("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0  data/文书/abc.txt\n");
        String info = Files.readString(bag.resolve("bag-info.txt"));
        assertThat(info)
                .contains("Payload-Oxum: "
                        + (3
                                + 3 * FileHasher.BUFFER_SIZE
                                + 17
                                + 3
                                + "检查时间：2024年5月1日\n".getBytes(StandardCharsets.UTF_8).length)
                        + ".4\n");
        assertThat(info).contains("External-Identifier: 沪市监处〔2024〕12号\n").contains("Bagging-Date: 2024-05-02\n");
        assertThat(Files.exists(bag.resolve("data/note-\u00e9.txt"))).isTrue();
        assertThat(r.tagManifestSha256()).isEqualTo(BagVerifier.tagManifestDigest(bag));
        RecordItem video = r.manifest().items().stream()
                .filter(i -> i.path().equals("video/seizure.mp4"))
                .findFirst()
                .orElseThrow();
        assertThat(video.stage()).isEqualTo(Stage.EXECUTION);
        assertThat(video.deviceId()).isEqualTo("DSJ-0001");
        assertThat(RecordManifest.fromJson(Files.readString(bag.resolve(RecordManifest.FILE_NAME))))
                .isEqualTo(r.manifest());
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("case", "bag");
        }
    }

    @Test
    void reportNamesEveryMissingAlteredUnexpectedFileAndBadTagFile() throws Exception {
        Path bag = tmp.resolve("bag");
        pack(source(), bag, false);
        Files.write(bag.resolve("data/文书/abc.txt"), "abd".getBytes(StandardCharsets.US_ASCII));
        Files.delete(bag.resolve("data/video/seizure.mp4"));
        Files.writeString(bag.resolve("data/extra.txt"), "x");
        Files.writeString(bag.resolve("notes.txt"), "x");
        Files.writeString(bag.resolve("bag-info.txt"), "Payload-Oxum: 1.1\n");
        BagReport r = BagVerifier.verify(bag);
        assertThat(r.valid()).isFalse();
        assertThat(r.paths(Kind.ALTERED)).containsExactly("data/文书/abc.txt");
        assertThat(r.paths(Kind.MISSING)).containsExactly("data/video/seizure.mp4");
        assertThat(r.paths(Kind.UNEXPECTED)).containsExactly("data/extra.txt", "notes.txt");
        assertThat(r.paths(Kind.BAD_TAG_FILE)).contains("bag-info.txt");
    }

    @Test
    void renameIsMissingPlusUnexpected() throws Exception {
        Path bag = tmp.resolve("bag");
        pack(source(), bag, false);
        Files.move(bag.resolve("data/文书/abc.txt"), bag.resolve("data/文书/abd.txt"));
        BagReport r = BagVerifier.verify(bag);
        assertThat(r.paths(Kind.MISSING)).containsExactly("data/文书/abc.txt");
        assertThat(r.paths(Kind.UNEXPECTED)).containsExactly("data/文书/abd.txt");
    }

    @Test
    void fetchTxtIsRefused() throws Exception {
        Path bag = tmp.resolve("bag");
        pack(source(), bag, false);
        Files.writeString(bag.resolve("fetch.txt"), "http://example.org/x 3 data/x\n");
        assertThat(BagVerifier.verify(bag).paths(Kind.BAD_TAG_FILE)).contains("fetch.txt");
    }

    @Test
    void pathTraversalInAManifestIsRefused() throws Exception {
        Path bag = tmp.resolve("bag");
        pack(source(), bag, false);
        Files.writeString(
                bag.resolve("manifest-sha256.txt"),
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  data/../../etc/passwd\n");
        assertThatThrownBy(() -> BagVerifier.verify(bag))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("ZHIFA-REC-002")
                .hasMessageContaining("traversal");
        Files.writeString(bag.resolve("manifest-sha256.txt"), "ba78  /etc/passwd\n");
        assertThatThrownBy(() -> BagVerifier.verify(bag)).hasMessageContaining("absolute");
    }

    @Test
    void linkLeavingTheBagIsRefused() throws Exception {
        Path bag = tmp.resolve("bag");
        pack(source(), bag, false);
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "s");
        Files.createSymbolicLink(bag.resolve("data/link.txt"), outside);
        assertThatThrownBy(() -> BagVerifier.verify(bag))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("link leaves the bag: data/link.txt");
        Path src = source();
        Files.createSymbolicLink(src.resolve("link.txt"), outside);
        assertThatThrownBy(() -> pack(src, tmp.resolve("bag2"), false))
                .hasMessageContaining("link leaves the source directory: link.txt");
    }

    @Test
    void namesCollidingAfterNfcAreRefused() throws Exception {
        Path src = source();
        Files.writeString(src.resolve("note-\u00e9.txt"), "nfc");
        assertThatThrownBy(() -> pack(src, tmp.resolve("bag"), false))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("same after NFC normalisation");
        assertThat(Files.exists(tmp.resolve("bag"))).isFalse();
    }

    @Test
    void aCrashMidPackLeavesNothingAtTheTarget() throws Exception {
        Path src = source();
        Path bag = tmp.resolve("bag");
        BagPacker crashing = BagPacker.builder()
                .threads(1)
                .progress((done, total) -> {
                    if (done > FileHasher.BUFFER_SIZE) {
                        throw new IllegalStateException("power cut");
                    }
                })
                .build();
        assertThatThrownBy(() -> crashing.pack(src, bag)).hasMessageContaining("power cut");
        assertThat(Files.exists(bag)).isFalse();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("case");
        }
    }

    @Test
    void existingTargetIsRefused() throws Exception {
        Path src = source();
        Path bag = Files.createDirectory(tmp.resolve("bag"));
        assertThatThrownBy(() -> pack(src, bag, false)).hasMessageContaining("target exists");
    }

    @Test
    void targetInsideTheSourceIsRefused() throws Exception {
        Path src = source();
        // the bag would land in the case directory and be packed with the case next time
        assertThatThrownBy(() -> pack(src, src.resolve("bag"), false)).hasMessageContaining("inside the source");
        assertThatThrownBy(() -> pack(src, tmp.resolve("case/sub/../deeper/bag"), false))
                .hasMessageContaining("inside the source");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("case");
        }
        assertThat(Files.exists(src.resolve("deeper"))).isFalse();
    }

    @Test
    void metadataForAnAbsentFileIsRefused() throws Exception {
        Path src = source();
        CaseMetadata meta =
                new CaseMetadata("c", null, null, List.of(new ItemMetadata("nope.mp4", null, null, null, null, null)));
        assertThatThrownBy(() -> BagPacker.builder().metadata(meta).build().pack(src, tmp.resolve("bag")))
                .hasMessageContaining("nope.mp4");
    }
}
