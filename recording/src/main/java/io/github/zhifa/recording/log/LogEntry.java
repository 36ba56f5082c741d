package io.github.zhifa.recording.log;

import io.github.zhifa.recording.RecordingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;

/**
 * One entry of a case log: the SHA-256 of a bag's {@code tagmanifest-sha256.txt} and a label (a case id, a bag
 * name). The Merkle leaf input is the UTF-8 of {@code digest + TAB + label}, so the label is tamper-evident too.
 * Immutable.
 *
 * @param index the position in the log, from 0
 * @param digest the tag manifest's SHA-256, 64 lowercase hex characters
 * @param label the label, NFC, without tabs or line breaks (may be empty)
 */
public record LogEntry(long index, String digest, String label) {
    /**
     * Checks the components.
     *
     * @param index the index
     * @param digest the digest
     * @param label the label
     */
    public LogEntry {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(label, "label");
        if (index < 0) {
            throw new IllegalArgumentException("index < 0");
        }
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new RecordingException(
                    RecordingException.BAD_ARGUMENT, "a log entry's digest must be 64 lowercase hex characters");
        }
        if (label.indexOf('\t') >= 0 || label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0) {
            throw new RecordingException(
                    RecordingException.BAD_ARGUMENT, "a log label cannot hold tabs or line breaks");
        }
        if (!Normalizer.isNormalized(label, Normalizer.Form.NFC)) {
            label = Normalizer.normalize(label, Normalizer.Form.NFC);
        }
    }

    /**
     * The Merkle leaf input: UTF-8 of {@code digest TAB label}.
     *
     * @return the bytes
     */
    public byte[] leafInput() {
        return (digest + "\t" + label).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The RFC 9162 leaf hash of this entry.
     *
     * @return the hash
     */
    public byte[] leafHash() {
        return MerkleTree.leafHash(leafInput());
    }
}
