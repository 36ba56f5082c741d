package io.github.zhifa.recording;

import java.util.Objects;
import java.util.Optional;

/**
 * The digests of one file, computed in one pass: size, SHA-256, SM3 and optionally SHA-512, as lowercase hex.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size the size in bytes
 * @param sha256 the SHA-256 digest, 64 hex characters
 * @param sm3 the SM3 digest, 64 hex characters
 * @param sha512 the SHA-512 digest, when it was asked for
 */
public record Digests(long size, String sha256, String sm3, Optional<String> sha512) {
    /**
     * Checks the components.
     *
     * @param size the size in bytes
     * @param sha256 the SHA-256 digest
     * @param sm3 the SM3 digest
     * @param sha512 the SHA-512 digest, when it was asked for
     */
    public Digests {
        if (size < 0) {
            throw new IllegalArgumentException("size < 0");
        }
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sm3, "sm3");
        Objects.requireNonNull(sha512, "sha512");
    }
}
