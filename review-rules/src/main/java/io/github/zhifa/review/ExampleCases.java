package io.github.zhifa.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Example cases bundled with the jar: one for each way a case can require legal review, and several that do not.
 * Used by the demo, the CLI and the documentation; each file is a valid case file (see {@link CaseFacts}).
 */
public final class ExampleCases {
    /** The names of the bundled example cases. */
    public static final List<String> NAMES = List.of(
            "review-public-interest",
            "review-social-impact",
            "review-after-hearing",
            "review-complex",
            "review-required-by-law",
            "not-required-warning",
            "not-required-gongan-small-fine",
            "hearing-chongqing-large-fine",
            "undetermined-facts-missing",
            "no-penalty-minor");

    private ExampleCases() {}

    /**
     * Reads a bundled example case.
     *
     * @param name one of {@link #NAMES}
     * @return the case
     * @throws IllegalArgumentException if there is no such example
     */
    public static CaseFacts load(String name) {
        try (InputStream in = open(name)) {
            return CaseFacts.read(in, "example:" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the JSON text of a bundled example case.
     *
     * @param name one of {@link #NAMES}
     * @return the stream; the caller closes it
     * @throws IllegalArgumentException if there is no such example
     */
    public static InputStream open(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no example case " + name + "; one of " + NAMES);
        }
        InputStream in = ExampleCases.class.getResourceAsStream("examples/" + name + ".json");
        if (in == null) {
            throw new IllegalStateException("example case missing from the jar: " + name);
        }
        return in;
    }
}
