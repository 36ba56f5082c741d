package io.github.zhifa.core.id;

/**
 * Which rule an invalid identifier broke, each with a stable machine code.
 *
 * <p>The codes are part of the API: they never change meaning.
 */
public enum IdentifierProblem {
    /** Nothing but blanks. */
    EMPTY("ZHIFA-ID-001"),
    /** Wrong number of characters. */
    LENGTH("ZHIFA-ID-002"),
    /** A character that is not allowed at its position. */
    ALPHABET("ZHIFA-ID-003"),
    /** The administrative-division (region) part is impossible. */
    REGION("ZHIFA-ID-004"),
    /** The birth-date part of a resident ID number is not a real date from 1850 on, or is after today. */
    BIRTH_DATE("ZHIFA-ID-005"),
    /** The check character does not match the one computed from the other characters. */
    CHECK_CHARACTER("ZHIFA-ID-006");

    private final String code;

    IdentifierProblem(String code) {
        this.code = code;
    }

    /**
     * The stable machine code.
     *
     * @return e.g. {@code ZHIFA-ID-006}
     */
    public String code() {
        return code;
    }
}
