package io.github.zhifa.core;

import java.util.Objects;

/**
 * The unchecked root of zhifa's exceptions (except the stand-alone calendar module's, see
 * {@code docs/decisions.md}). Every instance carries a stable machine code such as {@code ZHIFA-CORE-001}.
 *
 * <p>Messages never contain personal data in clear text.
 */
public class ZhifaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The stable machine code. */
    private final String code;

    /**
     * Creates an exception.
     *
     * @param code the stable machine code, e.g. {@code ZHIFA-CORE-001}
     * @param message the English message (no personal data)
     */
    public ZhifaException(String code, String message) {
        super(code + ": " + message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with a cause.
     *
     * @param code the stable machine code
     * @param message the English message (no personal data)
     * @param cause the underlying cause
     */
    public ZhifaException(String code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * The stable machine code of this error.
     *
     * @return a code such as {@code ZHIFA-CORE-001}
     */
    public String code() {
        return code;
    }
}
