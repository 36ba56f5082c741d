package io.github.zhifa.recording.coverage;

import java.util.Objects;

/**
 * A kind of enforcement activity that requires full audio-video recording (全程音像记录). Immutable.
 *
 * @param code a stable code, e.g. {@code SEIZURE}
 * @param nameZh the Chinese name, e.g. 查封扣押财产
 * @param nameEn the English name
 * @param basis where the requirement comes from
 */
public record ActivityKind(String code, String nameZh, String nameEn, String basis) {
    /**
     * Checks the components.
     *
     * @param code the code
     * @param nameZh the Chinese name
     * @param nameEn the English name
     * @param basis the basis
     */
    public ActivityKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(basis, "basis");
    }
}
