package io.github.zhifa.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

class Sm3Test {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] bc(byte[] data) {
        SM3Digest d = new SM3Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    /** GB/T 32905-2016, appendix A.1: the three-byte message "abc". */
    @Test
    void standardExample1() {
        assertThat(HEX.formatHex(Sm3.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    /** GB/T 32905-2016, appendix A.2: the 64-byte message "abcd" repeated 16 times. */
    @Test
    void standardExample2() {
        byte[] m = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
        assertThat(HEX.formatHex(Sm3.hash(m)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    /** The empty message, as printed by {@code openssl dgst -sm3 /dev/null}. */
    @Test
    void emptyMessage() {
        assertThat(HEX.formatHex(Sm3.hash(new byte[0])))
                .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    }

    @Test
    void everyLengthUpTo4KiBMatchesBouncyCastle() {
        SplittableRandom rnd = new SplittableRandom(32905);
        byte[] all = new byte[4096];
        rnd.nextBytes(all);
        for (int len = 0; len <= 4096; len++) {
            byte[] m = java.util.Arrays.copyOf(all, len);
            assertThat(Sm3.hash(m)).as("length %d", len).isEqualTo(bc(m));
        }
    }

    @Test
    void arbitraryChunkingMatchesOneShot() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            byte[] m = new byte[rnd.nextInt(0, 3000)];
            rnd.nextBytes(m);
            Sm3 sm3 = new Sm3();
            int p = 0;
            while (p < m.length) {
                int n = Math.min(m.length - p, rnd.nextInt(0, 200));
                if (n == 1 && rnd.nextBoolean()) {
                    sm3.update(m[p]);
                } else if (rnd.nextBoolean()) {
                    sm3.update(ByteBuffer.wrap(m, p, n));
                } else {
                    sm3.update(m, p, n);
                }
                p += n;
            }
            assertThat(sm3.digest()).isEqualTo(bc(m));
        }
    }

    @Test
    void largeInputMatchesBouncyCastle() {
        SplittableRandom rnd = new SplittableRandom(11);
        byte[] m = new byte[(8 << 20) + 13];
        rnd.nextBytes(m);
        assertThat(Sm3.hash(m)).isEqualTo(bc(m));
        // reuse after digest() starts afresh
        Sm3 sm3 = new Sm3();
        sm3.update(m);
        sm3.digest();
        sm3.update(m, 0, 3);
        assertThat(sm3.digest()).isEqualTo(Sm3.hash(java.util.Arrays.copyOf(m, 3)));
    }

    @Test
    void millionAs() {
        // a second independent value: one million 'a', checked against BouncyCastle
        byte[] m = new byte[1_000_000];
        java.util.Arrays.fill(m, (byte) 'a');
        assertThat(Sm3.hash(m)).isEqualTo(bc(m));
    }
}
