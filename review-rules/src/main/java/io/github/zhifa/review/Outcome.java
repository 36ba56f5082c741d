package io.github.zhifa.review;

/** The answer to a topic: three-valued, because facts may be unknown. */
public enum Outcome {
    /** At least one rule in force holds: required (or, for the no-penalty topics, applies). */
    REQUIRED,
    /** Every rule in force is known not to hold. */
    NOT_REQUIRED,
    /** No rule holds, and some rule could still hold depending on facts that are unknown. */
    UNDETERMINED
}
