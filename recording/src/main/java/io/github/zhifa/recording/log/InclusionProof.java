package io.github.zhifa.recording.log;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Proof that an entry is in a case log of a given size and root (RFC 9162 §2.1.3). Verifiable on its own, without
 * the log; its JSON form is what {@code zhifa record log prove} prints. Immutable.
 *
 * @param format {@value #FORMAT}
 * @param entry the entry
 * @param treeSize the tree size the proof is for
 * @param rootHash the root hash of that tree, hex
 * @param path the inclusion path, hex, from the leaf's sibling up
 */
public record InclusionProof(String format, LogEntry entry, long treeSize, String rootHash, List<String> path) {
    /** The format tag. */
    public static final String FORMAT = "zhifa-inclusion-proof/1";

    /**
     * Checks the components.
     *
     * @param format the format
     * @param entry the entry
     * @param treeSize the size
     * @param rootHash the root
     * @param path the path
     */
    public InclusionProof {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(rootHash, "rootHash");
        path = List.copyOf(path);
    }

    /**
     * Whether the proof holds against its own root hash. Trust the answer only if that root is one you trust (a
     * tree head kept elsewhere): see {@link #verify(TreeHead)}.
     *
     * @return true if the path leads from the entry to the root
     */
    public boolean verify() {
        HexFormat hex = HexFormat.of();
        try {
            return MerkleTree.verifyInclusion(
                    entry.leafHash(),
                    entry.index(),
                    treeSize,
                    path.stream().map(hex::parseHex).toList(),
                    hex.parseHex(rootHash));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether the proof holds and is for the given trusted tree head.
     *
     * @param trusted the tree head
     * @return true if it holds for that head
     */
    public boolean verify(TreeHead trusted) {
        return trusted.treeSize() == treeSize && trusted.rootHash().equalsIgnoreCase(rootHash) && verify();
    }
}
