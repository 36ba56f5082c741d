package io.github.zhifa.disclosure.redact;

import io.github.zhifa.core.ZhifaException;

/**
 * A redaction profile or payload field map that cannot be used: unknown name, malformed file, unknown rule. Code
 * {@code ZHIFA-RED-001} (unknown built-in profile), {@code ZHIFA-RED-002} (malformed profile or field map).
 */
public final class RedactionProfileException extends ZhifaException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code the stable code
     * @param message what is wrong and where
     */
    public RedactionProfileException(String code, String message) {
        super(code, message);
    }
}
