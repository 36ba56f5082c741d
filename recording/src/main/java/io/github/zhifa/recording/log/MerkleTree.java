package io.github.zhifa.recording.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Merkle tree hashing, inclusion and consistency proofs exactly as RFC 9162 (Certificate Transparency 2.0) §2.1
 * defines them, with SHA-256: a leaf hashes as {@code SHA-256(0x00 ‖ d)}, an interior node as
 * {@code SHA-256(0x01 ‖ left ‖ right)}, and the empty tree as {@code SHA-256()}.
 *
 * <pre>{@code
 * List<byte[]> leaves = ...;                                   // leaf hashes, see leafHash
 * byte[] root = MerkleTree.root(leaves);
 * List<byte[]> path = MerkleTree.inclusionPath(leaves, 3, leaves.size());
 * boolean ok = MerkleTree.verifyInclusion(leaves.get(3), 3, leaves.size(), path, root);
 * }</pre>
 *
 * <p>Generation (§2.1.3.1, §2.1.4.1) follows the recursive definitions; verification (§2.1.3.2, §2.1.4.2) follows
 * the RFC's iterative algorithms and needs only the proof, the sizes and the roots, never the log. Stateless and
 * thread-safe. Arrays passed in are not modified; arrays returned are fresh.
 */
public final class MerkleTree {
    /** The length of every hash, in bytes. */
    public static final int HASH_LENGTH = 32;

    private MerkleTree() {}

    /**
     * The hash of a leaf: {@code SHA-256(0x00 ‖ data)}.
     *
     * @param data the leaf input
     * @return the leaf hash
     */
    public static byte[] leafHash(byte[] data) {
        MessageDigest md = sha256();
        md.update((byte) 0);
        md.update(data);
        return md.digest();
    }

    /**
     * The hash of an interior node: {@code SHA-256(0x01 ‖ left ‖ right)}.
     *
     * @param left the left child's hash
     * @param right the right child's hash
     * @return the node hash
     */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest md = sha256();
        md.update((byte) 1);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    /**
     * The root of the tree over the first {@code size} leaf hashes (MTH, §2.1.1).
     *
     * @param leafHashes the leaf hashes
     * @param size how many of them
     * @return the root hash
     */
    public static byte[] root(List<byte[]> leafHashes, int size) {
        checkSize(leafHashes, size);
        if (size == 0) {
            return sha256().digest();
        }
        return mth(leafHashes, 0, size);
    }

    /**
     * The root of the tree over all the leaf hashes.
     *
     * @param leafHashes the leaf hashes
     * @return the root hash
     */
    public static byte[] root(List<byte[]> leafHashes) {
        return root(leafHashes, leafHashes.size());
    }

    /**
     * The inclusion path of leaf {@code index} in the tree of the first {@code size} leaves (PATH, §2.1.3.1).
     *
     * @param leafHashes the leaf hashes
     * @param index the leaf, {@code 0 <= index < size}
     * @param size the tree size
     * @return the path, from the leaf's sibling up
     */
    public static List<byte[]> inclusionPath(List<byte[]> leafHashes, int index, int size) {
        checkSize(leafHashes, size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " outside a tree of size " + size);
        }
        List<byte[]> out = new ArrayList<>();
        path(leafHashes, index, 0, size, out);
        return out;
    }

    /**
     * The consistency proof between the trees of the first {@code first} and {@code second} leaves (PROOF,
     * §2.1.4.1). Empty when {@code first} is 0 or equals {@code second}.
     *
     * @param leafHashes the leaf hashes
     * @param first the older size
     * @param second the newer size, {@code first <= second}
     * @return the proof
     */
    public static List<byte[]> consistencyPath(List<byte[]> leafHashes, int first, int second) {
        checkSize(leafHashes, second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("sizes " + first + " and " + second + " are not in order");
        }
        List<byte[]> out = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(leafHashes, first, 0, second, true, out);
        }
        return out;
    }

    /**
     * Verifies an inclusion proof (§2.1.3.2).
     *
     * @param leafHash the leaf's hash
     * @param index the leaf's index
     * @param size the tree size
     * @param path the inclusion path
     * @param root the tree's root hash
     * @return whether the proof shows the leaf at that index in that tree
     */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(root, "root");
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Verifies a consistency proof (§2.1.4.2): that the tree of size {@code first} with root {@code firstRoot} is a
     * prefix of the tree of size {@code second} with root {@code secondRoot}.
     *
     * @param first the older size
     * @param second the newer size
     * @param firstRoot the older root
     * @param secondRoot the newer root
     * @param path the proof
     * @return whether the proof holds
     */
    public static boolean verifyConsistency(
            long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> path) {
        Objects.requireNonNull(firstRoot, "firstRoot");
        Objects.requireNonNull(secondRoot, "secondRoot");
        Objects.requireNonNull(path, "path");
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return path.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (first == 0) {
            // every tree extends the empty tree, whose root is SHA-256 of nothing
            return path.isEmpty() && MessageDigest.isEqual(firstRoot, sha256().digest());
        }
        if (path.isEmpty()) {
            return false;
        }
        List<byte[]> c = new ArrayList<>(path);
        if (Long.bitCount(first) == 1) {
            c.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = c.get(0);
        byte[] sr = c.get(0);
        for (int i = 1; i < c.size(); i++) {
            byte[] v = c.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(v, fr);
                sr = nodeHash(v, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, v);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    private static byte[] mth(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from).clone();
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(mth(leaves, from, from + k), mth(leaves, from + k, to));
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(mth(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(mth(leaves, from, from + k));
        }
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean b, List<byte[]> out) {
        int n = to - from;
        if (m == n) {
            if (!b) {
                out.add(mth(leaves, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, b, out);
            out.add(mth(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, out);
            out.add(mth(leaves, from, from + k));
        }
    }

    /** The largest power of two strictly below {@code n} (n ≥ 2). */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static void checkSize(List<byte[]> leaves, int size) {
        Objects.requireNonNull(leaves, "leafHashes");
        if (size < 0 || size > leaves.size()) {
            throw new IllegalArgumentException("size " + size + " outside 0.." + leaves.size());
        }
        for (int i = 0; i < size; i++) {
            if (leaves.get(i).length != HASH_LENGTH) {
                throw new IllegalArgumentException("leaf hash " + i + " is not " + HASH_LENGTH + " bytes");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Copies a list of hashes (for callers that keep proofs).
     *
     * @param hashes the hashes
     * @return deep copies
     */
    static List<byte[]> copy(List<byte[]> hashes) {
        return hashes.stream().map(h -> Arrays.copyOf(h, h.length)).toList();
    }
}
