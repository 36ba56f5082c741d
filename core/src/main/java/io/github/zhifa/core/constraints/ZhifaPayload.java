package io.github.zhifa.core.constraints;

import jakarta.validation.Payload;

/**
 * Payloads understood by {@code ZhifaValidation}. Put {@link Warning} in a constraint's {@code payload} to report
 * its violations as {@link io.github.zhifa.core.validation.Violation.Severity#WARNING} instead of errors.
 */
public final class ZhifaPayload {
    private ZhifaPayload() {}

    /** Marks a constraint whose violations are warnings, not errors. */
    public interface Warning extends Payload {}
}
