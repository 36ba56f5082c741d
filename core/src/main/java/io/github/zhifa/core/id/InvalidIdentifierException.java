package io.github.zhifa.core.id;

import io.github.zhifa.core.ZhifaException;
import java.util.Locale;
import java.util.Objects;

/** An identifier failed validation; carries the {@link IdentifierCheck} that says which rule and where. */
public final class InvalidIdentifierException extends ZhifaException {
    private static final long serialVersionUID = 1L;

    /** The failed check (no personal data in it). */
    private final transient IdentifierCheck check;

    /**
     * Creates the exception.
     *
     * @param check the failed check
     */
    public InvalidIdentifierException(IdentifierCheck check) {
        super(Objects.requireNonNull(check, "check").problemOpt().orElseThrow().code(), check.message(Locale.ENGLISH));
        this.check = check;
    }

    /**
     * The failed check.
     *
     * @return the check
     */
    public IdentifierCheck check() {
        return check;
    }
}
