package io.github.zhifa.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHasherTest {
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path tmp;

    private static String jdk(String alg, byte[] data) throws Exception {
        return HEX.formatHex(MessageDigest.getInstance(alg).digest(data));
    }

    private static String bcSm3(byte[] data) {
        SM3Digest d = new SM3Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return HEX.formatHex(out);
    }

    @Test
    void oneThreadSeveralThreadsAndTheSplitPathAgreeWithIndependentDigests() throws Exception {
        Random r = new Random(5);
        byte[][] contents = {new byte[0], new byte[1], new byte[5 * FileHasher.BUFFER_SIZE + 13], new byte[70_000]};
        Path[] files = new Path[contents.length];
        for (int i = 0; i < contents.length; i++) {
            r.nextBytes(contents[i]);
            files[i] = Files.write(tmp.resolve("f" + i), contents[i]);
        }
        for (int i = 0; i < contents.length; i++) {
            Digests single = FileHasher.hash(files[i]);
            // threads >= 2 × files: SHA-256 and SHA-512 run on a helper thread beside SM3
            AtomicLong seen = new AtomicLong();
            Digests split = FileHasher.builder()
                    .threads(4)
                    .sha512(true)
                    .progress((done, total) -> seen.set(done))
                    .build()
                    .hashAll(List.of(files[i]))
                    .get(files[i]);
            assertThat(single.sha256()).isEqualTo(jdk("SHA-256", contents[i])).isEqualTo(split.sha256());
            assertThat(single.sm3()).isEqualTo(bcSm3(contents[i])).isEqualTo(split.sm3());
            assertThat(split.sha512()).contains(jdk("SHA-512", contents[i]));
            assertThat(single.sha512()).isEmpty();
            assertThat(split.size()).isEqualTo(contents[i].length);
            assertThat(seen.get()).isEqualTo(contents[i].length);
        }
        Map<Path, Digests> all = FileHasher.builder().threads(2).build().hashAll(List.of(files));
        assertThat(all.keySet()).containsExactly(files);
        for (int i = 0; i < contents.length; i++) {
            assertThat(all.get(files[i]).sm3()).isEqualTo(bcSm3(contents[i]));
        }
    }

    @Test
    void aMissingFileIsARecordingException() {
        assertThatThrownBy(() -> FileHasher.hash(tmp.resolve("nope")))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("ZHIFA-REC-001");
    }
}
