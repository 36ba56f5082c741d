package io.github.zhifa.core.domain;

import io.github.zhifa.core.constraints.UnifiedSocialCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An enforcement body (执法主体): the agency in whose name a decision is made. Immutable.
 *
 * @param name the full name, e.g. 厦门市市场监督管理局
 * @param creditCode its unified social credit code (GB 32100)
 * @param regionCode the 6-digit administrative division code (GB/T 2260) of its jurisdiction
 */
public record EnforcementBody(
        @NotBlank(message = "{zhifa.ZHIFA-VAL-001}") @Size(max = 200, message = "{zhifa.ZHIFA-VAL-002}") String name,
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}") @UnifiedSocialCreditCode String creditCode,
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}")
                @Pattern(regexp = "\\d{6}", message = "{zhifa.ZHIFA-VAL-003.regionCode}")
                String regionCode) {}
