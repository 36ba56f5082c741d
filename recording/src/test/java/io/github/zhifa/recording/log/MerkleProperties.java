package io.github.zhifa.recording.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Inclusion and consistency proofs verify for every size up to a few hundred leaves and fail for anything else. */
class MerkleProperties {
    private static List<byte[]> leaves(int n, long seed) {
        Random r = new Random(seed);
        List<byte[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] d = new byte[r.nextInt(40)];
            r.nextBytes(d);
            out.add(MerkleTree.leafHash(d));
        }
        return out;
    }

    private static byte[] flip(byte[] h, int bit) {
        byte[] c = h.clone();
        c[(bit >>> 3) % c.length] ^= (byte) (1 << (bit & 7));
        return c;
    }

    @Property(tries = 300)
    void inclusionVerifiesAndFailsForAnyOtherLeafIndexOrRoot(
            @ForAll @IntRange(min = 1, max = 400) int n,
            @ForAll @IntRange(min = 0, max = 399) int i,
            @ForAll @IntRange(min = 0, max = 399) int other,
            @ForAll @IntRange(min = 0, max = 255) int bit,
            @ForAll long seed) {
        Assume.that(i < n);
        List<byte[]> leaves = leaves(n, seed);
        byte[] root = MerkleTree.root(leaves, n);
        List<byte[]> path = MerkleTree.inclusionPath(leaves, i, n);
        assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, path, root)).isTrue();
        // another leaf
        assertThat(MerkleTree.verifyInclusion(flip(leaves.get(i), bit), i, n, path, root))
                .isFalse();
        // another root
        assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, path, flip(root, bit)))
                .isFalse();
        // another index
        if (other != i) {
            assertThat(MerkleTree.verifyInclusion(leaves.get(i), other, n, path, root))
                    .isFalse();
        }
        // another path element
        if (!path.isEmpty()) {
            List<byte[]> bad = new ArrayList<>(path);
            int k = bit % bad.size();
            bad.set(k, flip(bad.get(k), bit));
            assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, bad, root))
                    .isFalse();
        }
    }

    @Property(tries = 300)
    void consistencyVerifiesAndFailsForAnyOtherRoot(
            @ForAll @IntRange(min = 1, max = 400) int n,
            @ForAll @IntRange(min = 0, max = 400) int m,
            @ForAll @IntRange(min = 0, max = 255) int bit,
            @ForAll long seed) {
        Assume.that(m <= n);
        List<byte[]> leaves = leaves(n, seed);
        byte[] r1 = MerkleTree.root(leaves, m);
        byte[] r2 = MerkleTree.root(leaves, n);
        List<byte[]> p = MerkleTree.consistencyPath(leaves, m, n);
        assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, p)).isTrue();
        assertThat(MerkleTree.verifyConsistency(m, n, flip(r1, bit), r2, p)).isFalse();
        if (m > 0) {
            // (the empty tree is a prefix of every tree: with m = 0 nothing binds the newer root)
            assertThat(MerkleTree.verifyConsistency(m, n, r1, flip(r2, bit), p)).isFalse();
        }
        if (m > 0 && m < n) {
            // replacing any one leaf of the old tree breaks the proof
            List<byte[]> replaced = new ArrayList<>(leaves);
            int k = bit % m;
            replaced.set(k, flip(replaced.get(k), bit));
            byte[] r2x = MerkleTree.root(replaced, n);
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2x, MerkleTree.consistencyPath(replaced, m, n)))
                    .isFalse();
        }
    }
}
