package io.github.zhifa.review;

/** Three-valued (Kleene) truth of a condition over facts that may be unknown. */
public enum Truth {
    /** Holds. */
    TRUE,
    /** Does not hold. */
    FALSE,
    /** Depends on unknown facts. */
    UNKNOWN;

    /**
     * Negation: unknown stays unknown.
     *
     * @return the negated truth
     */
    public Truth not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    /**
     * Truth of a known boolean.
     *
     * @param b the boolean
     * @return TRUE or FALSE
     */
    public static Truth of(boolean b) {
        return b ? TRUE : FALSE;
    }
}
