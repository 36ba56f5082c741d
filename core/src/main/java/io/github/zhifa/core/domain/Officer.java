package io.github.zhifa.core.domain;

import io.github.zhifa.core.internal.validation.OfficerRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An enforcement officer (执法人员) and the validity of the enforcement qualification (执法证). Officers' names and
 * certificate numbers are published in the 主体/人员清单, so they are not treated as private. Immutable.
 *
 * @param name the officer's name
 * @param certificateNumber the enforcement certificate number (执法证号), 4–40 letters, digits, Chinese characters
 *     or hyphens
 * @param qualifiedFrom the first day the certificate is valid
 * @param qualifiedUntil the last day the certificate is valid, or {@code null} when it has no end date
 */
@OfficerRules
public record Officer(
        @NotBlank(message = "{zhifa.ZHIFA-VAL-001}") @Size(max = 50, message = "{zhifa.ZHIFA-VAL-002}") String name,
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}")
                @Pattern(regexp = "[0-9A-Za-z\\p{IsHan}-]{4,40}", message = "{zhifa.ZHIFA-VAL-003.certificateNumber}")
                String certificateNumber,
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}") LocalDate qualifiedFrom,
        LocalDate qualifiedUntil) {

    /**
     * Whether the qualification is valid on a day.
     *
     * @param day the day
     * @return true when {@code qualifiedFrom <= day <= qualifiedUntil} (no end date: from {@code qualifiedFrom} on)
     */
    public boolean isQualifiedOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return qualifiedFrom != null
                && !day.isBefore(qualifiedFrom)
                && (qualifiedUntil == null || !day.isAfter(qualifiedUntil));
    }
}
