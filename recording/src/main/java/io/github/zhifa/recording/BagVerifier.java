package io.github.zhifa.recording;

import io.github.zhifa.recording.BagReport.Finding;
import io.github.zhifa.recording.BagReport.Kind;
import io.github.zhifa.recording.internal.BagPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Verifies a BagIt bag both ways: every listed file is present with the right digests, and every file present is
 * listed. Checks {@code bagit.txt}, every payload manifest ({@code sha256}, {@code sha512}, {@code sha384},
 * {@code sha224}, {@code sha1}, {@code md5}), the SM3 digests of {@value BagPacker#SM3_FILE}, every tag manifest,
 * {@code Payload-Oxum}, and the record manifest against the payload manifests.
 *
 * <pre>{@code
 * BagReport report = BagVerifier.verify(Path.of("bags/case-2024-12"));
 * if (!report.valid()) report.findings().forEach(f -> log.warn("{}", f)); // the host's SLF4J logger
 * }</pre>
 *
 * <p>zhifa's profile is stricter than RFC 8493 in three ways: {@code manifest-sha256.txt} and
 * {@code tagmanifest-sha256.txt} are required, every tag file must be covered by the tag manifest (an uncovered
 * file is unexpected), and {@code fetch.txt} is refused (a record package is complete). Names are compared after
 * NFC normalisation. A path that escapes the bag (traversal, absolute path, a link leaving the bag) or two names
 * equal after normalisation are refused with {@link RecordingException} ({@code ZHIFA-REC-002}): such a bag is
 * hostile input, not a report. Each payload file is read once for all its digests; files are read in parallel.
 */
public final class BagVerifier {
    private static final HexFormat HEX = HexFormat.of();
    private static final Map<String, String> ALGORITHMS = Map.of(
            "sha256", "SHA-256", "sha512", "SHA-512", "sha384", "SHA-384", "sha224", "SHA-224", "sha1", "SHA-1", "md5",
            "MD5");
    private static final String SM3 = "sm3";
    private static final java.util.regex.Pattern CANONICAL_LINE =
            java.util.regex.Pattern.compile("[0-9a-f]+  [^ \\t\\r][^\\r]*");

    private BagVerifier() {}

    /**
     * Verifies a bag with one thread per processor.
     *
     * @param bag the bag directory
     * @return the report
     * @throws RecordingException if the bag is not a directory, cannot be read, or holds an unsafe path
     */
    public static BagReport verify(Path bag) {
        return verify(bag, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
    }

    /**
     * Verifies a bag.
     *
     * @param bag the bag directory
     * @param threads files read at once
     * @param progress where to report progress
     * @return the report
     * @throws RecordingException if the bag is not a directory, cannot be read, or holds an unsafe path
     */
    public static BagReport verify(Path bag, int threads, ProgressListener progress) {
        if (!Files.isDirectory(bag)) {
            throw new RecordingException(RecordingException.BAD_ARGUMENT, "not a bag directory: " + bag);
        }
        try {
            return new Run(bag).run(threads, progress);
        } catch (IOException e) {
            throw new RecordingException(RecordingException.IO, "cannot read bag " + bag + ": " + e.getMessage(), e);
        }
    }

    /**
     * The SHA-256 of a bag's {@code tagmanifest-sha256.txt}: the value a case log records for the bag.
     *
     * @param bag the bag directory
     * @return the digest, hex
     * @throws RecordingException if the file cannot be read
     */
    public static String tagManifestDigest(Path bag) {
        try {
            return BagPacker.sha256Hex(Files.readAllBytes(bag.resolve("tagmanifest-sha256.txt")));
        } catch (IOException e) {
            throw new RecordingException(
                    RecordingException.IO, "cannot read tagmanifest-sha256.txt of " + bag + ": " + e.getMessage(), e);
        }
    }

    private static final class Run {
        private final Path bag;
        private final Path realBag;
        private final List<Finding> findings = new ArrayList<>();

        Run(Path bag) throws IOException {
            this.bag = bag;
            this.realBag = bag.toRealPath();
        }

        BagReport run(int threads, ProgressListener progress) throws IOException {
            // every file of the bag, by NFC name relative to the bag root
            Map<String, Path> onDisk = listAll();
            Set<String> covered = new TreeSet<>();
            covered.add("tagmanifest-sha256.txt");

            if (onDisk.containsKey("fetch.txt")) {
                bad("fetch.txt", "fetch.txt is refused: a record package must be complete");
                covered.add("fetch.txt");
            }
            checkBagitTxt(onDisk);

            // tag manifests first: they say whether the payload manifests can be trusted
            Map<String, Map<String, String>> tagManifests = new TreeMap<>();
            Map<String, Map<String, String>> payloadManifests = new TreeMap<>();
            for (String name : onDisk.keySet()) {
                if (name.contains("/")) {
                    continue;
                }
                if (name.startsWith("tagmanifest-") && name.endsWith(".txt")) {
                    String alg = name.substring("tagmanifest-".length(), name.length() - 4);
                    covered.add(name);
                    if (!ALGORITHMS.containsKey(alg)) {
                        bad(name, "unsupported algorithm '" + alg + "'");
                        continue;
                    }
                    checkCanonical(name, onDisk.get(name));
                    parse(name, onDisk.get(name)).ifPresent(m -> tagManifests.put(alg, m));
                } else if (name.startsWith("manifest-") && name.endsWith(".txt")) {
                    String alg = name.substring("manifest-".length(), name.length() - 4);
                    if (!ALGORITHMS.containsKey(alg)) {
                        bad(name, "unsupported algorithm '" + alg + "'");
                        continue;
                    }
                    parse(name, onDisk.get(name)).ifPresent(m -> payloadManifests.put(alg, m));
                }
            }
            if (!onDisk.containsKey("tagmanifest-sha256.txt")) {
                missing("tagmanifest-sha256.txt", "the tag manifest is missing");
            }
            if (!onDisk.containsKey("manifest-sha256.txt")) {
                missing("manifest-sha256.txt", "the SHA-256 payload manifest is missing");
            }
            Map<String, String> sm3 = new TreeMap<>();
            if (onDisk.containsKey(BagPacker.SM3_FILE)) {
                parse(BagPacker.SM3_FILE, onDisk.get(BagPacker.SM3_FILE)).ifPresent(sm3::putAll);
            } else {
                missing(BagPacker.SM3_FILE, "the SM3 digests are missing");
            }

            // tag files: each listed one must match, and every top-level file must be covered
            for (Map.Entry<String, Map<String, String>> tm : tagManifests.entrySet()) {
                String alg = tm.getKey();
                String tmName = "tagmanifest-" + alg + ".txt";
                for (Map.Entry<String, String> e : tm.getValue().entrySet()) {
                    String p = e.getKey();
                    covered.add(p);
                    if (p.startsWith("data/")) {
                        bad(tmName, "lists a payload file: " + p);
                        continue;
                    }
                    Path f = onDisk.get(p);
                    if (f == null) {
                        missing(p, "listed in " + tmName + " but absent");
                    } else if (!hash(f, ALGORITHMS.get(alg)).equalsIgnoreCase(e.getValue())) {
                        bad(p, "does not match its " + alg + " digest in " + tmName);
                    }
                }
            }

            // payload: union of the manifests, then each file read once for every algorithm it needs
            Set<String> listed = new TreeSet<>();
            payloadManifests.values().forEach(m -> listed.addAll(m.keySet()));
            listed.addAll(sm3.keySet());
            for (String p : listed) {
                if (!p.startsWith("data/")) {
                    continue;
                }
                for (Map.Entry<String, Map<String, String>> m : payloadManifests.entrySet()) {
                    if (!m.getValue().containsKey(p)) {
                        bad("manifest-" + m.getKey() + ".txt", "does not list " + p);
                    }
                }
                if (!sm3.isEmpty() && !sm3.containsKey(p)) {
                    bad(BagPacker.SM3_FILE, "does not list " + p);
                }
            }
            for (Map.Entry<String, Map<String, String>> m : payloadManifests.entrySet()) {
                for (String p : m.getValue().keySet()) {
                    if (!p.startsWith("data/")) {
                        bad("manifest-" + m.getKey() + ".txt", "lists a file outside data/: " + p);
                    }
                }
            }
            List<String> present = new ArrayList<>();
            long bytes = 0;
            for (Map.Entry<String, Path> e : onDisk.entrySet()) {
                String p = e.getKey();
                if (p.startsWith("data/")) {
                    bytes += Files.size(e.getValue());
                    if (listed.contains(p)) {
                        present.add(p);
                    } else {
                        unexpected(p, "in the payload but listed in no manifest");
                    }
                } else if (!covered.contains(p)) {
                    unexpected(p, "a tag file not covered by the tag manifest");
                }
            }
            for (String p : listed) {
                if (p.startsWith("data/") && !onDisk.containsKey(p)) {
                    missing(p, "listed in a manifest but absent");
                }
            }
            boolean need512 = payloadManifests.containsKey("sha512");
            FileHasher hasher = FileHasher.builder()
                    .threads(threads)
                    .sha512(need512)
                    .progress(progress)
                    .build();
            long total = 0;
            for (String p : present) {
                total += Files.size(onDisk.get(p));
            }
            long grand = total;
            AtomicLong done = new AtomicLong();
            List<Map<String, String>> computed = hasher.runAll(present.size(), i -> {
                Path f = onDisk.get(present.get(i));
                Map<String, String> out = new TreeMap<>();
                try (InputStream in = Files.newInputStream(f)) {
                    Digests d = hasher.hashCopy(in, null, done, grand);
                    out.put("sha256", d.sha256());
                    out.put(SM3, d.sm3());
                    d.sha512().ifPresent(h -> out.put("sha512", h));
                }
                for (String alg : payloadManifests.keySet()) {
                    if (!out.containsKey(alg)) {
                        out.put(alg, hash(f, ALGORITHMS.get(alg)));
                    }
                }
                return out;
            });
            for (int i = 0; i < present.size(); i++) {
                String p = present.get(i);
                Map<String, String> got = computed.get(i);
                List<String> wrong = new ArrayList<>();
                for (Map.Entry<String, Map<String, String>> m : payloadManifests.entrySet()) {
                    String want = m.getValue().get(p);
                    if (want != null && !want.equalsIgnoreCase(got.get(m.getKey()))) {
                        wrong.add(m.getKey());
                    }
                }
                String wantSm3 = sm3.get(p);
                if (wantSm3 != null && !wantSm3.equalsIgnoreCase(got.get(SM3))) {
                    wrong.add(SM3);
                }
                if (!wrong.isEmpty()) {
                    findings.add(new Finding(
                            Kind.ALTERED, p, "content does not match its " + String.join(", ", wrong) + " digest"));
                }
            }
            checkBagInfo(onDisk, bytes, (int)
                    onDisk.keySet().stream().filter(p -> p.startsWith("data/")).count());
            checkRecordManifest(onDisk, payloadManifests.get("sha256"), sm3);

            Map<String, Finding> unique = new LinkedHashMap<>();
            for (Finding f : findings) {
                unique.putIfAbsent(f.kind() + "\0" + f.path() + "\0" + f.detail(), f);
            }
            List<Finding> sorted = new ArrayList<>(unique.values());
            sorted.sort(Comparator.comparing(Finding::kind)
                    .thenComparing(Finding::path)
                    .thenComparing(Finding::detail));
            int files = (int)
                    onDisk.keySet().stream().filter(p -> p.startsWith("data/")).count();
            return new BagReport(bag, files, bytes, sorted);
        }

        /**
         * The tag manifest is the root of trust (its SHA-256 is what a case log records), so zhifa requires it in one
         * byte form: lowercase hex, two spaces, the path, LF. Otherwise a byte could change (CR for LF, a digest's
         * letter case) without changing what the file says.
         */
        private void checkCanonical(String name, Path f) throws IOException {
            Optional<String> text = readUtf8(f);
            if (text.isEmpty()) {
                return;
            }
            String t = text.get();
            boolean ok = t.isEmpty() || t.endsWith("\n");
            if (ok) {
                for (String line : t.split("\n", -1)) {
                    if (!line.isEmpty() && !CANONICAL_LINE.matcher(line).matches()) {
                        ok = false;
                        break;
                    }
                }
                ok = ok && !t.contains("\n\n") && !t.startsWith("\n");
            }
            if (!ok) {
                bad(name, "not in canonical form (lowercase hex, two spaces, path, LF line ends)");
            }
        }

        private void checkBagitTxt(Map<String, Path> onDisk) throws IOException {
            Path f = onDisk.get("bagit.txt");
            if (f == null) {
                missing("bagit.txt", "the bag declaration is missing");
                return;
            }
            Optional<String> text = readUtf8(f);
            if (text.isEmpty()) {
                bad("bagit.txt", "not valid UTF-8");
                return;
            }
            List<String> lines = text.get().lines().toList();
            if (lines.size() != 2
                    || !lines.get(0).matches("BagIt-Version: (1\\.0|0\\.97)")
                    || !lines.get(1).equals("Tag-File-Character-Encoding: UTF-8")) {
                bad("bagit.txt", "must be 'BagIt-Version: 1.0' and 'Tag-File-Character-Encoding: UTF-8'");
            }
        }

        private void checkBagInfo(Map<String, Path> onDisk, long bytes, int files) throws IOException {
            Path f = onDisk.get("bag-info.txt");
            if (f == null) {
                return;
            }
            Optional<String> text = readUtf8(f);
            if (text.isEmpty()) {
                bad("bag-info.txt", "not valid UTF-8");
                return;
            }
            for (String line : text.get().lines().toList()) {
                if (line.startsWith("Payload-Oxum:")) {
                    String v = line.substring("Payload-Oxum:".length()).trim();
                    String actual = bytes + "." + files;
                    if (!v.equals(actual)) {
                        bad("bag-info.txt", "Payload-Oxum is " + v + " but the payload is " + actual);
                    }
                }
            }
        }

        private void checkRecordManifest(Map<String, Path> onDisk, Map<String, String> sha256, Map<String, String> sm3)
                throws IOException {
            Path f = onDisk.get(RecordManifest.FILE_NAME);
            if (f == null || sha256 == null) {
                return;
            }
            RecordManifest m;
            Optional<String> text = readUtf8(f);
            if (text.isEmpty()) {
                bad(RecordManifest.FILE_NAME, "not valid UTF-8");
                return;
            }
            try {
                m = RecordManifest.fromJson(text.get());
            } catch (RuntimeException e) {
                bad(RecordManifest.FILE_NAME, "not a valid record manifest");
                return;
            }
            Set<String> inManifest = new TreeSet<>();
            for (RecordItem item : m.items()) {
                String p = "data/" + item.path();
                inManifest.add(p);
                if (!item.sha256().equalsIgnoreCase(sha256.getOrDefault(p, ""))
                        || !item.sm3().equalsIgnoreCase(sm3.getOrDefault(p, item.sm3()))) {
                    bad(RecordManifest.FILE_NAME, "digests of " + p + " differ from the payload manifests");
                }
            }
            for (String p : sha256.keySet()) {
                if (!inManifest.contains(p)) {
                    bad(RecordManifest.FILE_NAME, "does not list " + p);
                }
            }
        }

        /** Parses a manifest: path → digest; a malformed one is reported and yields nothing. */
        private Optional<Map<String, String>> parse(String name, Path file) throws IOException {
            Optional<String> text = readUtf8(file);
            if (text.isEmpty()) {
                bad(name, "not valid UTF-8");
                return Optional.empty();
            }
            Map<String, String> out = new TreeMap<>();
            int lineNo = 0;
            for (String line : text.get().split("\r\n|\n|\r", -1)) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                int sp = indexOfWhitespace(line);
                if (sp <= 0) {
                    bad(name, "line " + lineNo + " is not '<digest> <path>'");
                    return Optional.empty();
                }
                String digest = line.substring(0, sp);
                int start = sp;
                while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
                    start++;
                }
                if (start == line.length() || !digest.matches("[0-9a-fA-F]+")) {
                    bad(name, "line " + lineNo + " is not '<digest> <path>'");
                    return Optional.empty();
                }
                String path = BagPaths.nfc(BagPaths.decode(line.substring(start)));
                Optional<String> why = BagPaths.unsafe(path);
                if (why.isPresent()) {
                    throw new RecordingException(
                            RecordingException.UNSAFE_PATH, name + " line " + lineNo + ": " + why.get() + ": " + path);
                }
                if (out.putIfAbsent(path, digest) != null) {
                    bad(name, "lists " + path + " twice (after NFC normalisation)");
                }
            }
            return Optional.of(out);
        }

        private static int indexOfWhitespace(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                    return i;
                }
            }
            return -1;
        }

        private Map<String, Path> listAll() throws IOException {
            Map<String, Path> out = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(bag)) {
                for (Path p : walk.toList()) {
                    if (p.equals(bag)) {
                        continue;
                    }
                    String rel = BagPacker.relative(bag, p);
                    if (Files.isSymbolicLink(p)) {
                        Path to;
                        try {
                            to = p.toRealPath();
                        } catch (IOException e) {
                            throw new RecordingException(RecordingException.UNSAFE_PATH, "dangling link: " + rel);
                        }
                        if (!to.startsWith(realBag)) {
                            throw new RecordingException(RecordingException.UNSAFE_PATH, "link leaves the bag: " + rel);
                        }
                        if (Files.isDirectory(to)) {
                            throw new RecordingException(
                                    RecordingException.UNSAFE_PATH, "link to a directory inside the bag: " + rel);
                        }
                    } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    String name = BagPaths.nfc(rel);
                    if (out.putIfAbsent(name, p) != null) {
                        throw new RecordingException(
                                RecordingException.UNSAFE_PATH,
                                "two names are the same after NFC normalisation: " + name);
                    }
                }
            }
            return out;
        }

        private static Optional<String> readUtf8(Path f) throws IOException {
            try {
                return Optional.of(StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f)))
                        .toString());
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }

        private static String hash(Path f, String jca) throws IOException {
            try (InputStream in = Files.newInputStream(f)) {
                MessageDigest md = MessageDigest.getInstance(jca);
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
                return HEX.formatHex(md.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(jca, e);
            }
        }

        private void bad(String path, String detail) {
            findings.add(new Finding(Kind.BAD_TAG_FILE, path, detail));
        }

        private void missing(String path, String detail) {
            findings.add(new Finding(Kind.MISSING, path, detail));
        }

        private void unexpected(String path, String detail) {
            findings.add(new Finding(Kind.UNEXPECTED, path, detail));
        }
    }
}
