package io.github.zhifa.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The record manifest of one case: every file with kind, stage, capture span, device, officers, size, SHA-256 and
 * SM3. Written into each bag as the tag file {@value #FILE_NAME}. Immutable.
 *
 * @param format the format tag, {@value #FORMAT}
 * @param caseId the case id
 * @param agency the agency, or {@code null}
 * @param title the title, or {@code null}
 * @param items the files, sorted by path
 */
public record RecordManifest(String format, String caseId, String agency, String title, List<RecordItem> items) {
    /** The format tag of this version of the manifest. */
    public static final String FORMAT = "zhifa-record-manifest/1";

    /** The tag file name inside a bag. */
    public static final String FILE_NAME = "zhifa-record-manifest.json";

    /**
     * Checks the components.
     *
     * @param format the format tag
     * @param caseId the case id
     * @param agency the agency
     * @param title the title
     * @param items the items
     */
    public RecordManifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(caseId, "caseId");
        items = List.copyOf(items);
    }

    /**
     * The manifest as indented JSON (UTF-8, ending with a newline).
     *
     * @return the JSON
     */
    public String toJson() {
        try {
            return ZhifaJson.builder().indent().build().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest always serialises", e);
        }
    }

    /**
     * Parses the JSON form.
     *
     * @param json the JSON
     * @return the manifest
     * @throws io.github.zhifa.core.json.MalformedJsonException if it is not a valid manifest
     */
    public static RecordManifest fromJson(String json) {
        return ZhifaJson.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE_NAME, RecordManifest.class);
    }

    /**
     * The total size of all items.
     *
     * @return bytes
     */
    public long totalSize() {
        return items.stream().mapToLong(RecordItem::size).sum();
    }
}
