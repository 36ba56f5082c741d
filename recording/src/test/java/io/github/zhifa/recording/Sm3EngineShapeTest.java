package io.github.zhifa.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards the generated SM3 engine against a silent 100× slowdown: HotSpot does not JIT-compile a method of more than
 * 8000 bytes of bytecode ({@code -XX:+DontCompileHugeMethods}, the default), so a regenerated engine with too many
 * rounds per method would run interpreted while every digest test still passes. Reads the class file itself.
 */
class Sm3EngineShapeTest {
    /** HotSpot's {@code HugeMethodLimit}. */
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void everyEngineMethodIsSmallEnoughToBeCompiled() throws IOException {
        Map<String, Integer> sizes;
        try (InputStream in = Sm3.class.getResourceAsStream("internal/Sm3Engine.class")) {
            assertThat(in).isNotNull();
            sizes = codeLengths(new DataInputStream(in));
        }
        assertThat(sizes.keySet()).contains("compress", "rounds0");
        assertThat(sizes.get("rounds0")).isGreaterThan(1000); // the unrolled rounds really are in these methods
        assertThat(sizes)
                .allSatisfy((name, length) -> assertThat(length).as(name).isLessThanOrEqualTo(HUGE_METHOD_LIMIT));
    }

    /** Method name to Code attribute length, from a class file (JVMS §4). */
    private static Map<String, Integer> codeLengths(DataInputStream in) throws IOException {
        assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access, this, super
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipNBytes(2);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if ("Code".equals(attribute)) {
                    in.skipNBytes(4); // max_stack, max_locals
                    int codeLength = in.readInt();
                    sizes.merge(name, codeLength, Math::max);
                    in.skipNBytes(length - 8L);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
        return sizes;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt());
        }
    }
}
