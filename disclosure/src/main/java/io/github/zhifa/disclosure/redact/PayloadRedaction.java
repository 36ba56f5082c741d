package io.github.zhifa.disclosure.redact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A redacted structured record (a copy; the input is not changed) and its report, whose findings carry JSON
 * Pointer paths.
 *
 * @param payload the redacted copy
 * @param report what was redacted
 */
public record PayloadRedaction(JsonNode payload, RedactionReport report) {
    /**
     * Checks the parts.
     *
     * @param payload the redacted copy
     * @param report the report
     */
    public PayloadRedaction {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(report, "report");
    }
}
