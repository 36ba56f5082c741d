package io.github.zhifa.core.validation;

import java.util.Objects;

/**
 * One problem found in a payload: a stable machine code, the path of the offending field, and the message in
 * Chinese and English. Messages never contain personal data in clear text. Immutable.
 *
 * @param code the stable machine code, e.g. {@code ZHIFA-ID-006}
 * @param path the field path, e.g. {@code party.idNumber} or {@code records[3].decisionDate}; empty for the whole
 *     object
 * @param severity whether the problem makes the payload invalid or is a warning
 * @param messageZh the Chinese message
 * @param messageEn the English message
 */
public record Violation(String code, String path, Severity severity, String messageZh, String messageEn) {

    /** How serious a violation is. */
    public enum Severity {
        /** The payload is invalid. */
        ERROR,
        /** The payload is valid but something deserves attention (e.g. not to be published). */
        WARNING
    }

    /**
     * Validates the components.
     *
     * @param code the code
     * @param path the path
     * @param severity the severity
     * @param messageZh the Chinese message
     * @param messageEn the English message
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * An error.
     *
     * @param code the code
     * @param path the field path
     * @param messageZh the Chinese message
     * @param messageEn the English message
     * @return the violation
     */
    public static Violation error(String code, String path, String messageZh, String messageEn) {
        return new Violation(code, path, Severity.ERROR, messageZh, messageEn);
    }

    /**
     * A warning.
     *
     * @param code the code
     * @param path the field path
     * @param messageZh the Chinese message
     * @param messageEn the English message
     * @return the violation
     */
    public static Violation warning(String code, String path, String messageZh, String messageEn) {
        return new Violation(code, path, Severity.WARNING, messageZh, messageEn);
    }

    /**
     * The same violation under a parent path, e.g. {@code records[3]} + {@code decisionDate}.
     *
     * @param parent the parent path
     * @return the violation with the joined path
     */
    public Violation under(String parent) {
        Objects.requireNonNull(parent, "parent");
        String joined = parent.isEmpty()
                ? path
                : path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Violation(code, joined, severity, messageZh, messageEn);
    }

    /**
     * Whether this is an error (not a warning).
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
