package io.github.zhifa.recording;

import io.github.zhifa.recording.internal.Sm3Engine;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The SM3 cryptographic hash (GB/T 32905-2016; also ISO/IEC 10118-3:2018), implemented in zhifa.
 *
 * <pre>{@code
 * byte[] d = Sm3.hash("abc".getBytes(StandardCharsets.US_ASCII));  // 66c7f0f4...8f4ba8e0
 * Sm3 sm3 = new Sm3();
 * sm3.update(buffer, 0, n);                                        // as often as needed
 * byte[] digest = sm3.digest();                                    // resets for reuse
 * }</pre>
 *
 * <p>An instance is mutable and not thread-safe (like {@link java.security.MessageDigest}); reuse one per thread.
 * Whole blocks are compressed straight from the caller's array; nothing is allocated per block.
 */
public final class Sm3 {
    /** Digest length in bytes. */
    public static final int DIGEST_LENGTH = 32;

    /** Block length in bytes. */
    public static final int BLOCK_LENGTH = 64;

    private static final int[] IV = {
        0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600, 0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E
    };

    private final int[] v = IV.clone();
    private final int[] scratch = new int[24];
    private final byte[] buf = new byte[BLOCK_LENGTH];
    private int bufLen;
    private long count;

    /** Creates a digest in its initial state. */
    public Sm3() {}

    /**
     * The SM3 digest of a whole array.
     *
     * @param data the input
     * @return the 32-byte digest
     */
    public static byte[] hash(byte[] data) {
        Sm3 sm3 = new Sm3();
        sm3.update(data, 0, data.length);
        return sm3.digest();
    }

    /**
     * Feeds one byte.
     *
     * @param b the byte
     */
    public void update(byte b) {
        buf[bufLen++] = b;
        count++;
        if (bufLen == BLOCK_LENGTH) {
            Sm3Engine.compress(v, scratch, buf, 0);
            bufLen = 0;
        }
    }

    /**
     * Feeds a whole array.
     *
     * @param data the input
     */
    public void update(byte[] data) {
        update(data, 0, data.length);
    }

    /**
     * Feeds part of an array.
     *
     * @param data the input
     * @param off the first byte
     * @param len the number of bytes
     * @throws IndexOutOfBoundsException if the range is outside the array
     */
    public void update(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        count += len;
        if (bufLen > 0) {
            int n = Math.min(len, BLOCK_LENGTH - bufLen);
            System.arraycopy(data, off, buf, bufLen, n);
            bufLen += n;
            off += n;
            len -= n;
            if (bufLen < BLOCK_LENGTH) {
                return;
            }
            Sm3Engine.compress(v, scratch, buf, 0);
            bufLen = 0;
        }
        int end = off + (len & ~(BLOCK_LENGTH - 1));
        int[] state = v;
        int[] s = scratch;
        for (int p = off; p < end; p += BLOCK_LENGTH) {
            Sm3Engine.compress(state, s, data, p);
        }
        int rest = off + len - end;
        if (rest > 0) {
            System.arraycopy(data, end, buf, 0, rest);
            bufLen = rest;
        }
    }

    /**
     * Feeds the remaining bytes of a buffer (its position advances to its limit).
     *
     * @param data the input
     */
    public void update(ByteBuffer data) {
        if (data.hasArray()) {
            int n = data.remaining();
            update(data.array(), data.arrayOffset() + data.position(), n);
            data.position(data.limit());
            return;
        }
        byte[] chunk = new byte[Math.min(data.remaining(), 8192)];
        while (data.hasRemaining()) {
            int n = Math.min(chunk.length, data.remaining());
            data.get(chunk, 0, n);
            update(chunk, 0, n);
        }
    }

    /**
     * Finishes the digest and resets this instance for reuse.
     *
     * @return the 32-byte digest
     */
    public byte[] digest() {
        byte[] out = new byte[DIGEST_LENGTH];
        digest(out, 0);
        return out;
    }

    /**
     * Finishes the digest into an array and resets this instance for reuse.
     *
     * @param out where the 32 bytes go
     * @param off the offset in {@code out}
     */
    public void digest(byte[] out, int off) {
        Objects.checkFromIndexSize(off, DIGEST_LENGTH, out.length);
        long bits = count << 3;
        buf[bufLen++] = (byte) 0x80;
        if (bufLen > BLOCK_LENGTH - 8) {
            Arrays.fill(buf, bufLen, BLOCK_LENGTH, (byte) 0);
            Sm3Engine.compress(v, scratch, buf, 0);
            bufLen = 0;
        }
        Arrays.fill(buf, bufLen, BLOCK_LENGTH - 8, (byte) 0);
        for (int i = 0; i < 8; i++) {
            buf[BLOCK_LENGTH - 1 - i] = (byte) (bits >>> (8 * i));
        }
        Sm3Engine.compress(v, scratch, buf, 0);
        for (int i = 0; i < 8; i++) {
            int w = v[i];
            out[off + 4 * i] = (byte) (w >>> 24);
            out[off + 4 * i + 1] = (byte) (w >>> 16);
            out[off + 4 * i + 2] = (byte) (w >>> 8);
            out[off + 4 * i + 3] = (byte) w;
        }
        reset();
    }

    /** Returns to the initial state. */
    public void reset() {
        System.arraycopy(IV, 0, v, 0, IV.length);
        Arrays.fill(buf, (byte) 0);
        bufLen = 0;
        count = 0;
    }
}
