package io.github.zhifa.calendar;

import java.util.Objects;

/**
 * Root of the calendar module's exceptions.
 *
 * <p>The calendar module depends on nothing else of zhifa (so that it stays one small jar), so it cannot extend
 * {@code io.github.zhifa.core.ZhifaException}; it carries the same kind of stable machine code instead
 * ({@code ZHIFA-CAL-nnn}). See {@code docs/decisions.md}.
 */
public class CalendarException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The stable machine code, e.g. {@code ZHIFA-CAL-001}. */
    private final String code;

    /**
     * Creates an exception.
     *
     * @param code the stable machine code, e.g. {@code ZHIFA-CAL-001}
     * @param message the English message
     */
    public CalendarException(String code, String message) {
        super(code + ": " + message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * The stable machine code of this error.
     *
     * @return a code such as {@code ZHIFA-CAL-001}
     */
    public String code() {
        return code;
    }
}
