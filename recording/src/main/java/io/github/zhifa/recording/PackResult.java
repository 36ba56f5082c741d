package io.github.zhifa.recording;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link BagPacker#pack} made. Immutable.
 *
 * @param bag the bag directory
 * @param manifest the record manifest written into the bag
 * @param tagManifestSha256 the SHA-256 of {@code tagmanifest-sha256.txt}, hex: the value a case log records
 */
public record PackResult(Path bag, RecordManifest manifest, String tagManifestSha256) {
    /**
     * Checks the components.
     *
     * @param bag the bag
     * @param manifest the manifest
     * @param tagManifestSha256 the digest
     */
    public PackResult {
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(tagManifestSha256, "tagManifestSha256");
    }
}
