package io.github.zhifa.recording.log;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Proof that an older case log is a prefix of a newer one: nothing was removed or replaced, only appended
 * (RFC 9162 §2.1.4). Verifiable without the log. Immutable.
 *
 * @param format {@value #FORMAT}
 * @param first the older tree head
 * @param second the newer tree head
 * @param path the proof, hex
 */
public record ConsistencyProof(String format, TreeHead first, TreeHead second, List<String> path) {
    /** The format tag. */
    public static final String FORMAT = "zhifa-consistency-proof/1";

    /**
     * Checks the components.
     *
     * @param format the format
     * @param first the older head
     * @param second the newer head
     * @param path the path
     */
    public ConsistencyProof {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        path = List.copyOf(path);
    }

    /**
     * Whether the proof holds between its two tree heads.
     *
     * @return true if the older tree is a prefix of the newer one
     */
    public boolean verify() {
        HexFormat hex = HexFormat.of();
        try {
            return MerkleTree.verifyConsistency(
                    first.treeSize(),
                    second.treeSize(),
                    first.root(),
                    second.root(),
                    path.stream().map(hex::parseHex).toList());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
