package io.github.zhifa.recording;

import java.util.List;
import java.util.Objects;

/**
 * What the caller knows about one file of a case before it is hashed: its kind, stage, capture span, device and
 * officers. The JSON form is an element of {@link CaseMetadata#items()}.
 *
 * <p>Optional parts are {@code null} in JSON when unknown; {@code officerIds} is never null (empty when unknown).
 * Officer ids are 执法证号, identifiers of public officials, not personal data of parties.
 *
 * @param path the path relative to the case directory, with {@code /} separators
 * @param mediaKind the kind, or {@code null} to guess from the extension
 * @param stage the stage, or {@code null} for {@link Stage#OTHER}
 * @param capture the capture span, or {@code null} when unknown
 * @param deviceId the recording device, or {@code null} when unknown
 * @param officerIds the officers who made the record
 */
public record ItemMetadata(
        String path, MediaKind mediaKind, Stage stage, CaptureSpan capture, String deviceId, List<String> officerIds) {
    /**
     * Checks and normalises the components.
     *
     * @param path the path
     * @param mediaKind the kind
     * @param stage the stage
     * @param capture the capture span
     * @param deviceId the device
     * @param officerIds the officers
     */
    public ItemMetadata {
        Objects.requireNonNull(path, "path");
        officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
    }
}
