package io.github.zhifa.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

final class Samples {
    private Samples() {}

    static byte[] bytes(String name) {
        try (InputStream in = DisclosureFormat.class.getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedBatch read(String name, RecordKind kind) {
        return DisclosureFormat.read(bytes(name), name, kind);
    }
}
