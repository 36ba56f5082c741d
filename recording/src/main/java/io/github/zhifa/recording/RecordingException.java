package io.github.zhifa.recording;

import io.github.zhifa.core.ZhifaException;

/**
 * An error of the recording module: unreadable input, an unsafe path, a bag that cannot be processed.
 *
 * <p>Codes: {@code ZHIFA-REC-001} I/O failure, {@code ZHIFA-REC-002} unsafe path (traversal, absolute, link leaving
 * the bag, collision after NFC normalisation), {@code ZHIFA-REC-003} malformed bag or tag file,
 * {@code ZHIFA-REC-004} malformed case log or proof, {@code ZHIFA-REC-005} bad argument (e.g. target exists).
 * Messages name files by their path inside the bag or case, never their content.
 */
public class RecordingException extends ZhifaException {
    private static final long serialVersionUID = 1L;

    /** I/O failure. */
    public static final String IO = "ZHIFA-REC-001";
    /** Unsafe path. */
    public static final String UNSAFE_PATH = "ZHIFA-REC-002";
    /** Malformed bag. */
    public static final String MALFORMED_BAG = "ZHIFA-REC-003";
    /** Malformed log or proof. */
    public static final String MALFORMED_LOG = "ZHIFA-REC-004";
    /** Bad argument. */
    public static final String BAD_ARGUMENT = "ZHIFA-REC-005";

    /**
     * Creates the exception.
     *
     * @param code one of the codes above
     * @param message the English message
     */
    public RecordingException(String code, String message) {
        super(code, message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param code one of the codes above
     * @param message the English message
     * @param cause the cause
     */
    public RecordingException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
