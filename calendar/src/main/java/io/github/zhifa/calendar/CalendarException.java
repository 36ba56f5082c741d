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
    /** The Chinese message (the English one when none was given). */
    private final String messageZh;

    /**
     * Creates an exception.
     *
     * @param code the stable machine code, e.g. {@code ZHIFA-CAL-001}
     * @param message the English message
     */
    public CalendarException(String code, String message) {
        this(code, message, message);
    }

    /**
     * Creates an exception with English and Chinese messages.
     *
     * @param code the stable machine code, e.g. {@code ZHIFA-CAL-001}
     * @param message the English message
     * @param messageZh the Chinese message
     */
    public CalendarException(String code, String message, String messageZh) {
        super(code + ": " + message);
        this.code = Objects.requireNonNull(code, "code");
        this.messageZh = code + "：" + Objects.requireNonNull(messageZh, "messageZh");
    }

    /**
     * The message in Chinese, prefixed with the code.
     *
     * @return the Chinese message
     */
    public String messageZh() {
        return messageZh;
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
