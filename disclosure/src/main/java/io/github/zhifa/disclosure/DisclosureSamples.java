package io.github.zhifa.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The sample records bundled with zhifa: realistic but fictional 双公示 and general records, valid ones and ones that
 * each break one rule (the {@code BZ} / remarks field says which). Used by {@code zhifa demo}, the examples and the
 * tests. Identifiers are checksum-valid inventions or the standards' own examples (GB 11643's
 * {@code 11010519491231002X}); names are placeholders.
 */
public final class DisclosureSamples {
    private static final List<String> NAMES = List.of(
            "penalty-valid.json",
            "penalty-invalid.json",
            "licensing-valid.csv",
            "licensing-invalid.csv",
            "general-valid.json");

    private DisclosureSamples() {}

    /**
     * The names of the bundled samples.
     *
     * @return the names, e.g. {@code penalty-valid.json}
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The kind of records in a sample, from its name.
     *
     * @param name the sample's name
     * @return the kind
     */
    public static RecordKind kindOf(String name) {
        check(name);
        return RecordKind.parse(name.substring(0, name.indexOf('-')));
    }

    /**
     * The bytes of a sample (UTF-8).
     *
     * @param name the sample's name
     * @return the content
     * @throws IllegalArgumentException if there is no such sample
     */
    public static byte[] bytes(String name) {
        check(name);
        try (InputStream in = DisclosureSamples.class.getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a sample.
     *
     * @param name the sample's name
     * @return its records
     */
    public static ParsedBatch read(String name) {
        return DisclosureFormat.read(bytes(name), name, kindOf(name));
    }

    private static void check(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no sample named " + name + "; samples: " + NAMES);
        }
    }
}
