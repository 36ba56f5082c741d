package io.github.zhifa.disclosure.redact;

import java.util.Objects;

/**
 * A redacted text and its report.
 *
 * @param text the redacted text
 * @param report what was redacted
 */
public record RedactionResult(String text, RedactionReport report) {
    /**
     * Checks the parts.
     *
     * @param text the redacted text
     * @param report the report
     */
    public RedactionResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(report, "report");
    }
}
