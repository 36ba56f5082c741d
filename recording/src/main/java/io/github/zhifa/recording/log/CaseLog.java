package io.github.zhifa.recording.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.zhifa.core.ZhifaException;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.recording.RecordingException;
import io.github.zhifa.recording.internal.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An append-only case log on disk: a Merkle tree (RFC 9162 hashing) over the tag-manifest digests of the packages
 * of a case or an agency. A removed or replaced package is provable: an old {@link TreeHead} kept elsewhere is no
 * longer consistent with the log.
 *
 * <pre>{@code
 * CaseLog log = CaseLog.open(Path.of("agency-log"));
 * LogEntry e = log.append(packResult.tagManifestSha256(), "沪市监处〔2024〕12号");
 * TreeHead head = log.head();                        // publish or keep elsewhere
 * InclusionProof p = log.proveInclusion(e.index(), head.treeSize());
 * p.verify(head);                                    // true, without the log
 * }</pre>
 *
 * <p>On-disk format (a directory; UTF-8, LF line ends):
 * <ul>
 *   <li>{@value #ENTRIES}: the line {@value #MAGIC}, then one line per entry, {@code <digest> TAB <label>}, in append
 *       order; entry {@code i} is line {@code i + 2}. Each append is one write followed by fsync. The leaf input of
 *       an entry is the UTF-8 of {@code <digest> TAB <label>}.
 *   <li>{@value #HEAD}: {@code {"treeSize": n, "rootHash": "<hex>"}}, replaced atomically after each append.
 * </ul>
 *
 * <p>Appends from several processes are serialised by a lock on {@value #ENTRIES}. Proof generation reads every
 * leaf hash into memory (32 bytes per entry) and hashes O(n) nodes; verification of a proof is O(log n) and needs
 * no log. An instance holds no state between calls and is thread-safe.
 */
public final class CaseLog {
    /** The entries file. */
    public static final String ENTRIES = "entries.tsv";

    /** The tree head file. */
    public static final String HEAD = "tree-head.json";

    /** The first line of the entries file. */
    public static final String MAGIC = "# zhifa-case-log/1";

    private static final HexFormat HEX = HexFormat.of();

    private final Path dir;

    private CaseLog(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens a log, creating it (empty) if the directory does not exist or is empty.
     *
     * @param dir the log directory
     * @return the log
     * @throws RecordingException if the directory holds something that is not a case log
     */
    public static CaseLog open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            Path entries = dir.resolve(ENTRIES);
            if (!Files.exists(entries)) {
                try (var s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        throw new RecordingException(
                                RecordingException.MALFORMED_LOG, "not a case log (no " + ENTRIES + "): " + dir);
                    }
                }
                AtomicFiles.write(entries, (MAGIC + "\n").getBytes(StandardCharsets.UTF_8));
                writeHead(dir, new TreeHead(0, HEX.formatHex(MerkleTree.root(List.of()))));
            }
            CaseLog log = new CaseLog(dir);
            log.entries();
            return log;
        } catch (IOException e) {
            throw new RecordingException(
                    RecordingException.IO, "cannot open case log " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends an entry and updates the tree head.
     *
     * @param digest the tag manifest's SHA-256, hex
     * @param label a label, e.g. the case id
     * @return the new entry
     * @throws RecordingException on I/O failure or a malformed log
     */
    public LogEntry append(String digest, String label) {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(label, "label");
        Path entries = dir.resolve(ENTRIES);
        try (FileChannel ch = FileChannel.open(entries, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            FileLock lock = ch.lock(); // released when the channel closes
            assert lock.isValid();
            List<LogEntry> all = entries();
            List<byte[]> leaves = new ArrayList<>(all.size() + 1);
            all.forEach(x -> leaves.add(x.leafHash()));
            requireStoredHeadIsAPrefix(leaves);
            LogEntry e = new LogEntry(all.size(), digest.toLowerCase(java.util.Locale.ROOT), label);
            ByteBuffer line = ByteBuffer.wrap((e.digest() + "\t" + e.label() + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                ch.write(line);
            }
            ch.force(true);
            leaves.add(e.leafHash());
            writeHead(dir, new TreeHead(leaves.size(), HEX.formatHex(MerkleTree.root(leaves))));
            return e;
        } catch (IOException ex) {
            throw new RecordingException(
                    RecordingException.IO, "cannot append to " + entries + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Refuses to append when the stored tree head is not the head of the entries or of a prefix of them (a prefix is
     * what an append interrupted between the entry and the head leaves): an entry removed or replaced outside zhifa,
     * or a damaged head file, must stay visible, and a new head computed over the changed entries would hide it.
     */
    private void requireStoredHeadIsAPrefix(List<byte[]> leaves) {
        TreeHead stored;
        try {
            stored = head();
        } catch (ZhifaException | UncheckedIOException e) {
            throw new RecordingException(
                    RecordingException.MALFORMED_LOG,
                    HEAD + " cannot be read as a tree head (" + e.getMessage() + "); not appending, so that the damage"
                            + " stays visible",
                    e);
        }
        if (stored.treeSize() > leaves.size()
                || !HEX.formatHex(MerkleTree.root(leaves, (int) stored.treeSize()))
                        .equalsIgnoreCase(stored.rootHash())) {
            throw new RecordingException(
                    RecordingException.MALFORMED_LOG,
                    "the stored tree head (size " + stored.treeSize() + ") does not match the " + leaves.size()
                            + " entries: the log was changed outside zhifa; not appending, so that the change stays"
                            + " visible (check it against tree heads kept elsewhere: zhifa record log verify)");
        }
    }

    /**
     * Every entry, in order.
     *
     * @return the entries
     * @throws RecordingException if the entries file is malformed (e.g. a torn last line)
     */
    public List<LogEntry> entries() {
        Path entries = dir.resolve(ENTRIES);
        String text;
        try {
            text = Files.readString(entries, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RecordingException(RecordingException.IO, "cannot read " + entries + ": " + e.getMessage(), e);
        }
        if (!text.startsWith(MAGIC + "\n")) {
            throw new RecordingException(RecordingException.MALFORMED_LOG, ENTRIES + " does not start with " + MAGIC);
        }
        if (!text.endsWith("\n")) {
            throw new RecordingException(
                    RecordingException.MALFORMED_LOG, ENTRIES + " ends with an incomplete line (interrupted append?)");
        }
        String[] lines = text.substring(MAGIC.length() + 1).split("\n", -1);
        List<LogEntry> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            int tab = line.indexOf('\t');
            if (tab != 64) {
                throw new RecordingException(
                        RecordingException.MALFORMED_LOG,
                        ENTRIES + " line " + (i + 2) + " is not '<digest> TAB <label>'");
            }
            try {
                out.add(new LogEntry(i, line.substring(0, 64), line.substring(65)));
            } catch (RecordingException e) {
                throw new RecordingException(
                        RecordingException.MALFORMED_LOG, ENTRIES + " line " + (i + 2) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * The stored tree head.
     *
     * @return the head
     */
    public TreeHead head() {
        Path head = dir.resolve(HEAD);
        return ZhifaJson.read(head, TreeHead.class);
    }

    /**
     * The first entry with a digest.
     *
     * @param digest the digest, hex
     * @return the entry, if any
     */
    public Optional<LogEntry> find(String digest) {
        return entries().stream()
                .filter(e -> e.digest().equalsIgnoreCase(digest))
                .findFirst();
    }

    /**
     * An inclusion proof of an entry in the tree of the first {@code treeSize} entries.
     *
     * @param index the entry
     * @param treeSize the tree size, {@code index < treeSize <= size}
     * @return the proof
     */
    public InclusionProof proveInclusion(long index, long treeSize) {
        List<LogEntry> all = entries();
        if (treeSize < 1 || treeSize > all.size() || index < 0 || index >= treeSize) {
            throw new RecordingException(
                    RecordingException.BAD_ARGUMENT,
                    "no entry " + index + " in a tree of size " + treeSize + " (the log has " + all.size() + ")");
        }
        List<byte[]> leaves = all.stream().map(LogEntry::leafHash).toList();
        List<String> path = MerkleTree.inclusionPath(leaves, (int) index, (int) treeSize).stream()
                .map(HEX::formatHex)
                .toList();
        return new InclusionProof(
                InclusionProof.FORMAT,
                all.get((int) index),
                treeSize,
                HEX.formatHex(MerkleTree.root(leaves, (int) treeSize)),
                path);
    }

    /**
     * A consistency proof between two sizes of this log.
     *
     * @param first the older size
     * @param second the newer size, {@code first <= second <= size}
     * @return the proof
     */
    public ConsistencyProof proveConsistency(long first, long second) {
        List<LogEntry> all = entries();
        if (first < 0 || first > second || second > all.size()) {
            throw new RecordingException(
                    RecordingException.BAD_ARGUMENT,
                    "sizes " + first + " and " + second + " do not fit a log of " + all.size() + " entries");
        }
        List<byte[]> leaves = all.stream().map(LogEntry::leafHash).toList();
        return new ConsistencyProof(
                ConsistencyProof.FORMAT,
                new TreeHead(first, HEX.formatHex(MerkleTree.root(leaves, (int) first))),
                new TreeHead(second, HEX.formatHex(MerkleTree.root(leaves, (int) second))),
                MerkleTree.consistencyPath(leaves, (int) first, (int) second).stream()
                        .map(HEX::formatHex)
                        .toList());
    }

    /**
     * Checks the log: the stored head must match the entries, and every given older head must be consistent with
     * them (an entry removed or replaced since that head was taken breaks it).
     *
     * @param olderHeads tree heads kept elsewhere
     * @return the problems, empty when the log is intact
     */
    public List<String> check(List<TreeHead> olderHeads) {
        List<String> problems = new ArrayList<>();
        List<LogEntry> all = entries();
        List<byte[]> leaves = all.stream().map(LogEntry::leafHash).toList();
        String root = HEX.formatHex(MerkleTree.root(leaves));
        TreeHead stored = head();
        if (stored.treeSize() != all.size() || !stored.rootHash().equalsIgnoreCase(root)) {
            problems.add("the stored tree head (size " + stored.treeSize() + ") does not match the entries (size "
                    + all.size() + ", root " + root + ")");
        }
        for (TreeHead h : olderHeads) {
            if (h.treeSize() > all.size()) {
                problems.add("a tree head of size " + h.treeSize() + " is larger than the log (" + all.size()
                        + "): entries were removed");
            } else if (!HEX.formatHex(MerkleTree.root(leaves, (int) h.treeSize()))
                    .equalsIgnoreCase(h.rootHash())) {
                problems.add("the tree head of size " + h.treeSize()
                        + " is not consistent with the log: an entry was removed or replaced");
            }
        }
        return problems;
    }

    /**
     * The log directory.
     *
     * @return the directory
     */
    public Path directory() {
        return dir;
    }

    private static void writeHead(Path dir, TreeHead head) throws IOException {
        try {
            byte[] json = (ZhifaJson.mapper().writeValueAsString(head) + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(dir.resolve(HEAD), json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree head always serialises", e);
        }
    }
}
