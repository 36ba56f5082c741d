package io.github.zhifa.recording;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link BagVerifier#verify}: every problem found, each naming a path inside the bag. The bag is
 * valid when there is none. Immutable.
 *
 * @param bag the bag directory
 * @param payloadFiles the number of payload files found on disk
 * @param payloadBytes their total size
 * @param findings the problems, sorted by kind then path
 */
public record BagReport(Path bag, int payloadFiles, long payloadBytes, List<Finding> findings) {
    /**
     * Checks the components.
     *
     * @param bag the bag
     * @param payloadFiles the number of payload files
     * @param payloadBytes their size
     * @param findings the problems
     */
    public BagReport {
        Objects.requireNonNull(bag, "bag");
        findings = List.copyOf(findings);
    }

    /**
     * Whether the bag is complete and valid.
     *
     * @return true when there is no finding
     */
    public boolean valid() {
        return findings.isEmpty();
    }

    /**
     * The paths of one kind of finding.
     *
     * @param kind the kind
     * @return the paths, sorted
     */
    public List<String> paths(Kind kind) {
        return findings.stream()
                .filter(f -> f.kind() == kind)
                .map(Finding::path)
                .toList();
    }

    /** What is wrong with a path. */
    public enum Kind {
        /** Listed in a manifest but not in the bag. */
        MISSING,
        /** In the bag, but its content does not match its digest. */
        ALTERED,
        /** In the bag but listed in no manifest. */
        UNEXPECTED,
        /** A tag file that is missing, altered, malformed or inconsistent with the payload. */
        BAD_TAG_FILE
    }

    /**
     * One problem.
     *
     * @param kind the kind
     * @param path the path inside the bag, e.g. {@code data/video/1.mp4} or {@code bag-info.txt}
     * @param detail what is wrong, in English, without file content
     */
    public record Finding(Kind kind, String path, String detail) {
        /**
         * Checks the components.
         *
         * @param kind the kind
         * @param path the path
         * @param detail the detail
         */
        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
