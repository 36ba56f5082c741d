package io.github.zhifa.recording;

import java.util.List;
import java.util.Objects;

/**
 * One file of a case record, with its digests. Immutable.
 *
 * @param path the path inside the bag's payload, NFC-normalised, {@code /} separators, without the {@code data/}
 *     prefix
 * @param mediaKind the kind
 * @param stage the enforcement stage
 * @param capture the capture span, or {@code null} when unknown
 * @param deviceId the recording device, or {@code null} when unknown
 * @param officerIds the officers who made the record (may be empty)
 * @param size the size in bytes
 * @param sha256 the SHA-256 digest, hex
 * @param sm3 the SM3 digest, hex
 */
public record RecordItem(
        String path,
        MediaKind mediaKind,
        Stage stage,
        CaptureSpan capture,
        String deviceId,
        List<String> officerIds,
        long size,
        String sha256,
        String sm3) {
    /**
     * Checks the components.
     *
     * @param path the path
     * @param mediaKind the kind
     * @param stage the stage
     * @param capture the capture span
     * @param deviceId the device
     * @param officerIds the officers
     * @param size the size
     * @param sha256 the SHA-256 digest
     * @param sm3 the SM3 digest
     */
    public RecordItem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaKind, "mediaKind");
        Objects.requireNonNull(stage, "stage");
        officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sm3, "sm3");
    }
}
