package io.github.zhifa.recording;

import io.github.zhifa.core.json.ZhifaJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Case-level metadata given to the packer ({@code zhifa record pack --manifest META.json}): case id, agency,
 * title and what is known of each file.
 *
 * <pre>{@code
 * {"caseId": "沪市监处〔2024〕12号", "agency": "上海市市场监督管理局", "title": "...",
 *  "items": [{"path": "video/seizure.mp4", "mediaKind": "VIDEO", "stage": "EXECUTION",
 *             "capture": {"start": "2024-05-01T01:00:00Z", "end": "2024-05-01T01:30:00Z"},
 *             "deviceId": "DSJ-0001", "officerIds": ["31000012345"]}]}
 * }</pre>
 *
 * @param caseId the case id (案件编号 or 文号)
 * @param agency the enforcement agency, or {@code null}
 * @param title a short title, or {@code null}
 * @param items metadata per file; files not listed get defaults
 */
public record CaseMetadata(String caseId, String agency, String title, List<ItemMetadata> items) {
    /**
     * Checks and normalises the components.
     *
     * @param caseId the case id
     * @param agency the agency
     * @param title the title
     * @param items the items
     */
    public CaseMetadata {
        Objects.requireNonNull(caseId, "caseId");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * Metadata with only a case id.
     *
     * @param caseId the case id
     * @return the metadata
     */
    public static CaseMetadata of(String caseId) {
        return new CaseMetadata(caseId, null, null, List.of());
    }

    /**
     * Reads the JSON form with zhifa's strict mapper.
     *
     * @param file the file
     * @return the metadata
     * @throws io.github.zhifa.core.json.MalformedJsonException if the file is not valid
     */
    public static CaseMetadata read(Path file) {
        return ZhifaJson.read(file, CaseMetadata.class);
    }
}
