package io.github.zhifa.disclosure.redact;

import java.util.Objects;

/**
 * One redaction: what kind of value was found, where, and what replaced it. Never the raw value: at most a salted
 * fingerprint, when the redactor was given a salt.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the kind of value
 * @param path where in a structured payload (a JSON Pointer such as {@code /CF_SY}); empty for plain text
 * @param start the offset of the value in the input, in UTF-16 code units (within the field for a payload)
 * @param length the length of the raw value, in UTF-16 code units
 * @param masked the text that replaced it
 * @param fingerprint HMAC-SHA256 of the raw value under the caller's salt, 16 hex digits; empty without a salt
 */
public record Finding(PiiType type, String path, long start, int length, String masked, String fingerprint) {
    /**
     * Checks the parts.
     *
     * @param type the kind of value
     * @param path where in a payload, or empty
     * @param start the offset
     * @param length the length
     * @param masked the replacement
     * @param fingerprint the salted fingerprint, or empty
     */
    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(masked, "masked");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (start < 0 || length <= 0) {
            throw new IllegalArgumentException("bad span " + start + "+" + length);
        }
    }

    /**
     * The offset just after the raw value in the input.
     *
     * @return {@code start + length}
     */
    public long end() {
        return start + length;
    }
}
