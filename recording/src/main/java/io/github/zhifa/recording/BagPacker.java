package io.github.zhifa.recording;

import io.github.zhifa.recording.internal.AtomicFiles;
import io.github.zhifa.recording.internal.BagPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Packs a case directory into a BagIt 1.0 bag (RFC 8493) with SHA-256 and SM3 digests.
 *
 * <pre>{@code
 * PackResult r = BagPacker.builder()
 *         .metadata(CaseMetadata.read(Path.of("meta.json")))
 *         .build()
 *         .pack(Path.of("case-2024-12"), Path.of("bags/case-2024-12"));
 * r.tagManifestSha256();   // the digest to append to the case log
 * }</pre>
 *
 * <p>The bag holds {@code bagit.txt}, {@code data/} (a copy of the source), {@code manifest-sha256.txt},
 * optionally {@code manifest-sha512.txt}, {@value #SM3_FILE} (SM3 digests, see below), {@code bag-info.txt} with
 * {@code Payload-Oxum} and the case metadata, {@value RecordManifest#FILE_NAME} and
 * {@code tagmanifest-sha256.txt} covering every other tag file.
 *
 * <p>Why {@value #SM3_FILE} and not {@code manifest-sm3.txt}: RFC 8493 §2.1.3 reserves {@code manifest-<alg>.txt}
 * for payload manifests that every validator checks, and §2.4 names algorithms from IANA's "Hash Function Textual
 * Names" registry, which has no SM3. A {@code manifest-sm3.txt} would make the bag invalid for every tool that does
 * not know SM3. A plain tag file in the same line format, covered by the tag manifest, keeps the bag valid everywhere
 * and its SM3 digests tamper-evident.
 *
 * <p>Each source file is read once: the bytes are copied and fed to every digest from the same buffer. Files are
 * processed in parallel; memory stays constant. The bag is built in a hidden temporary directory beside the target
 * and renamed into place at the end, after every file and directory is forced to the disk: a crash mid-pack never
 * leaves anything at the target path. Source names are NFC-normalised; links leaving the source and names that
 * collide after normalisation are refused. Instances are immutable and thread-safe.
 */
public final class BagPacker {
    /** The tag file holding the SM3 digests of the payload. */
    public static final String SM3_FILE = "sm3-digests.txt";

    private static final HexFormat HEX = HexFormat.of();

    private final CaseMetadata metadata;
    private final boolean sha512;
    private final int threads;
    private final ProgressListener progress;
    private final Clock clock;

    private BagPacker(Builder b) {
        this.metadata = b.metadata;
        this.sha512 = b.sha512;
        this.threads = b.threads;
        this.progress = b.progress;
        this.clock = b.clock;
    }

    /**
     * A builder; defaults: case id "unknown", SHA-256 and SM3 only, one thread per processor, no progress.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether a path that may not exist yet lies in a directory, after resolving links of its existing part. */
    private static boolean isWithin(Path path, Path dir) {
        try {
            Path p = path.toAbsolutePath().normalize();
            Path existing = p;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            Path resolved = existing == null ? p : existing.toRealPath().resolve(existing.relativize(p));
            return resolved.startsWith(dir.toRealPath());
        } catch (IOException e) {
            throw new RecordingException(RecordingException.BAD_ARGUMENT, "cannot resolve " + path, e);
        }
    }

    /**
     * Packs a directory into a new bag.
     *
     * @param source the case directory
     * @param target the bag directory, which must not exist and must not be inside the source (its parent is
     *     created if needed)
     * @return what was packed
     * @throws RecordingException if the source is unsafe or unreadable, or the target exists or is inside the source
     */
    public PackResult pack(Path source, Path target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (!Files.isDirectory(source)) {
            throw new RecordingException(RecordingException.BAD_ARGUMENT, "not a directory: " + source);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new RecordingException(RecordingException.BAD_ARGUMENT, "target exists: " + target);
        }
        if (isWithin(target, source)) {
            throw new RecordingException(
                    RecordingException.BAD_ARGUMENT,
                    "the target is inside the source: " + target + " (the bag would become part of the case)");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null) {
            throw new RecordingException(RecordingException.BAD_ARGUMENT, "the target cannot be a root: " + target);
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new RecordingException(
                    RecordingException.BAD_ARGUMENT, "cannot create the target's parent: " + target, e);
        }
        Map<String, Path> files = listSource(source);
        Map<String, ItemMetadata> meta = new HashMap<>();
        for (ItemMetadata m : metadata.items()) {
            String p = BagPaths.nfc(m.path());
            if (!files.containsKey(p)) {
                throw new RecordingException(
                        RecordingException.BAD_ARGUMENT, "metadata names a file that is not in the source: " + p);
            }
            meta.put(p, m);
        }
        Path tmp = parent.resolve("." + target.getFileName() + ".zhifa-tmp-" + UUID.randomUUID());
        try {
            Files.createDirectory(tmp);
            Path data = Files.createDirectory(tmp.resolve("data"));
            List<String> names = new ArrayList<>(files.keySet());
            long total = 0;
            for (Path f : files.values()) {
                total += Files.size(f);
            }
            long grand = total;
            AtomicLong done = new AtomicLong();
            FileHasher hasher = FileHasher.builder()
                    .threads(threads)
                    .sha512(sha512)
                    .progress(progress)
                    .build();
            List<Digests> digests = hasher.runAll(names.size(), i -> {
                String name = names.get(i);
                Path dest = data.resolve(name);
                synchronized (this) {
                    Files.createDirectories(dest.getParent());
                }
                try (InputStream in = Files.newInputStream(files.get(name));
                        FileChannel ch =
                                FileChannel.open(dest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                        OutputStream out = Channels.newOutputStream(ch)) {
                    Digests d = hasher.hashCopy(in, out, done, grand);
                    ch.force(true);
                    return d;
                }
            });
            List<RecordItem> items = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Digests d = digests.get(i);
                ItemMetadata m = meta.get(name);
                items.add(new RecordItem(
                        name,
                        m != null && m.mediaKind() != null ? m.mediaKind() : MediaKind.fromFileName(name),
                        m != null && m.stage() != null ? m.stage() : Stage.OTHER,
                        m == null ? null : m.capture(),
                        m == null ? null : m.deviceId(),
                        m == null ? List.of() : m.officerIds(),
                        d.size(),
                        d.sha256(),
                        d.sm3()));
            }
            RecordManifest manifest = new RecordManifest(
                    RecordManifest.FORMAT, metadata.caseId(), metadata.agency(), metadata.title(), items);
            writeTagFiles(tmp, names, digests, manifest);
            try (Stream<Path> dirs = Files.walk(tmp)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    AtomicFiles.fsyncDir(d);
                }
            }
            AtomicFiles.move(tmp, target);
            AtomicFiles.fsyncDir(parent);
            String tagDigest = sha256Hex(Files.readAllBytes(target.resolve("tagmanifest-sha256.txt")));
            return new PackResult(target, manifest, tagDigest);
        } catch (IOException e) {
            throw new RecordingException(RecordingException.IO, "cannot pack " + source + ": " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }

    private void writeTagFiles(Path bag, List<String> names, List<Digests> digests, RecordManifest manifest)
            throws IOException {
        StringBuilder m256 = new StringBuilder();
        StringBuilder m512 = new StringBuilder();
        StringBuilder msm3 = new StringBuilder();
        long octets = 0;
        for (int i = 0; i < names.size(); i++) {
            String p = BagPaths.encode("data/" + names.get(i));
            Digests d = digests.get(i);
            m256.append(d.sha256()).append("  ").append(p).append('\n');
            msm3.append(d.sm3()).append("  ").append(p).append('\n');
            d.sha512().ifPresent(h -> m512.append(h).append("  ").append(p).append('\n'));
            octets += d.size();
        }
        Map<String, byte[]> tags = new TreeMap<>();
        tags.put(
                "bagit.txt",
                "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
        tags.put("manifest-sha256.txt", utf8(m256));
        if (sha512) {
            tags.put("manifest-sha512.txt", utf8(m512));
        }
        tags.put(SM3_FILE, utf8(msm3));
        StringBuilder info = new StringBuilder();
        info.append("Bag-Software-Agent: zhifa-recording\n");
        info.append("Bagging-Date: ")
                .append(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))))
                .append('\n');
        info.append("Payload-Oxum: ")
                .append(octets)
                .append('.')
                .append(names.size())
                .append('\n');
        info.append("External-Identifier: ").append(oneLine(metadata.caseId())).append('\n');
        if (metadata.agency() != null) {
            info.append("Source-Organization: ")
                    .append(oneLine(metadata.agency()))
                    .append('\n');
        }
        if (metadata.title() != null) {
            info.append("External-Description: ")
                    .append(oneLine(metadata.title()))
                    .append('\n');
        }
        info.append("Zhifa-Case-Id: ").append(oneLine(metadata.caseId())).append('\n');
        info.append("Zhifa-Record-Manifest: ").append(RecordManifest.FILE_NAME).append('\n');
        info.append("Zhifa-SM3-Digests: ").append(SM3_FILE).append('\n');
        tags.put("bag-info.txt", utf8(info));
        tags.put(RecordManifest.FILE_NAME, manifest.toJson().getBytes(StandardCharsets.UTF_8));
        StringBuilder tm = new StringBuilder();
        for (Map.Entry<String, byte[]> e : tags.entrySet()) {
            AtomicFiles.writeNew(bag.resolve(e.getKey()), e.getValue());
            tm.append(sha256Hex(e.getValue())).append("  ").append(e.getKey()).append('\n');
        }
        AtomicFiles.writeNew(bag.resolve("tagmanifest-sha256.txt"), utf8(tm));
    }

    private static byte[] utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").trim();
    }

    static String sha256Hex(byte[] b) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The regular files of the source, by NFC-normalised relative path, sorted. */
    static Map<String, Path> listSource(Path source) {
        Map<String, Path> out = new TreeMap<>();
        Path real;
        try {
            real = source.toRealPath();
        } catch (IOException e) {
            throw new RecordingException(RecordingException.IO, "cannot read " + source, e);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                if (p.equals(source)) {
                    continue;
                }
                String rel = relative(source, p);
                if (Files.isSymbolicLink(p)) {
                    Path to = p.toRealPath();
                    if (!to.startsWith(real)) {
                        throw new RecordingException(
                                RecordingException.UNSAFE_PATH, "link leaves the source directory: " + rel);
                    }
                    if (Files.isDirectory(to)) {
                        throw new RecordingException(
                                RecordingException.UNSAFE_PATH, "link to a directory is not packed: " + rel);
                    }
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new RecordingException(RecordingException.BAD_ARGUMENT, "not a regular file: " + rel);
                }
                String name = BagPaths.nfc(rel);
                BagPaths.unsafe(name).ifPresent(why -> {
                    throw new RecordingException(RecordingException.UNSAFE_PATH, why + ": " + name);
                });
                if (out.putIfAbsent(name, p) != null) {
                    throw new RecordingException(
                            RecordingException.UNSAFE_PATH, "two names are the same after NFC normalisation: " + name);
                }
            }
        } catch (IOException e) {
            throw new RecordingException(RecordingException.IO, "cannot list " + source + ": " + e.getMessage(), e);
        }
        return out;
    }

    static String relative(Path root, Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path seg : root.relativize(p)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(seg);
        }
        return sb.toString();
    }

    /** Builds a {@link BagPacker}. */
    public static final class Builder {
        private CaseMetadata metadata = CaseMetadata.of("unknown");
        private boolean sha512;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener progress = ProgressListener.NONE;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The case metadata.
         *
         * @param metadata the metadata
         * @return this builder
         */
        public Builder metadata(CaseMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata");
            return this;
        }

        /**
         * Also writes {@code manifest-sha512.txt}.
         *
         * @param sha512 whether to
         * @return this builder
         */
        public Builder sha512(boolean sha512) {
            this.sha512 = sha512;
            return this;
        }

        /**
         * The number of files processed at once.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads < 1");
            }
            this.threads = threads;
            return this;
        }

        /**
         * Where to report progress.
         *
         * @param progress the listener
         * @return this builder
         */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * The clock for {@code Bagging-Date} (tests fix it).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the packer.
         *
         * @return the packer
         */
        public BagPacker build() {
            return new BagPacker(this);
        }
    }
}
