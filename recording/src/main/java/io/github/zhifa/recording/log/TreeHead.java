package io.github.zhifa.recording.log;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The size and root hash of a case log at one moment. Keep a copy somewhere else (print it in the case file, send
 * it to the supervising agency): a later log that is not consistent with it proves a removed or replaced entry.
 * Immutable.
 *
 * @param treeSize the number of entries
 * @param rootHash the RFC 9162 root hash, hex
 */
public record TreeHead(long treeSize, String rootHash) {
    /**
     * Checks the components.
     *
     * @param treeSize the size
     * @param rootHash the root
     */
    public TreeHead {
        Objects.requireNonNull(rootHash, "rootHash");
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize < 0");
        }
        HexFormat.of().parseHex(rootHash);
    }

    /**
     * The root hash as bytes.
     *
     * @return the 32 bytes
     */
    public byte[] root() {
        return HexFormat.of().parseHex(rootHash);
    }
}
