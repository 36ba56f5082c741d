package io.github.zhifa.core.id;

import java.util.Locale;
import java.util.Objects;

/**
 * A national organisation code (组织机构代码, GB 11714-1997): 8 body characters ({@code 0-9A-Z}) and a check
 * character ({@code 0-9} or {@code X}), often written {@code XXXXXXXX-X}. Check: weights 3,7,9,10,5,8,4,2 over the
 * body (digits by value, letters A=10 … Z=35); check = 11 − sum mod 11, where 10 is written X and 11 is 0.
 *
 * <p>Immutable and thread-safe; {@link #value()} is the 9 characters without the hyphen.
 */
public final class OrganizationCode {
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final String value;

    private OrganizationCode(String value) {
        this.value = value;
    }

    /**
     * Checks a candidate, with or without the hyphen before the check character.
     *
     * @param candidate the text
     * @return the check result
     */
    public static IdentifierCheck check(CharSequence candidate) {
        Objects.requireNonNull(candidate, "candidate");
        IdentifierType t = IdentifierType.ORGANIZATION_CODE;
        String s = normalise(candidate);
        if (s.isEmpty()) {
            return IdentifierCheck.fail(t, IdentifierProblem.EMPTY, 0, "", "");
        }
        if (s.length() != 9) {
            return IdentifierCheck.fail(t, IdentifierProblem.LENGTH, 0, "9 or 10", String.valueOf(s.length()));
        }
        for (int i = 0; i < 8; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return IdentifierCheck.fail(t, IdentifierProblem.ALPHABET, i + 1, "0-9 A-Z", String.valueOf(c));
            }
        }
        char last = s.charAt(8);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return IdentifierCheck.fail(t, IdentifierProblem.ALPHABET, 9, "0-9 or X", String.valueOf(last));
        }
        char expected = checkCharacter(s);
        if (expected != last) {
            return IdentifierCheck.fail(
                    t, IdentifierProblem.CHECK_CHARACTER, 9, String.valueOf(expected), String.valueOf(last));
        }
        return IdentifierCheck.ok(t);
    }

    private static String normalise(CharSequence candidate) {
        String s = candidate.toString().strip().toUpperCase(Locale.ROOT);
        if (s.length() == 10 && s.charAt(8) == '-') {
            s = s.substring(0, 8) + s.charAt(9);
        }
        return s;
    }

    /**
     * Whether the text is a valid code.
     *
     * @param candidate the text
     * @return true when valid
     */
    public static boolean isValid(CharSequence candidate) {
        return check(candidate).isStrictlyValid();
    }

    /**
     * Parses a code.
     *
     * @param candidate the text, with or without hyphen
     * @return the code
     * @throws InvalidIdentifierException naming the rule that failed
     */
    public static OrganizationCode parse(CharSequence candidate) {
        IdentifierCheck c = check(candidate);
        if (!c.isStrictlyValid()) {
            throw new InvalidIdentifierException(c);
        }
        return new OrganizationCode(normalise(candidate));
    }

    /**
     * Computes the check character of the first 8 characters.
     *
     * @param body at least 8 characters from {@code 0-9A-Z}
     * @return the check character
     * @throws IllegalArgumentException if a character is outside {@code 0-9A-Z}
     */
    public static char checkCharacter(CharSequence body) {
        if (body.length() < 8) {
            throw new IllegalArgumentException("need 8 characters, got " + body.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("character " + (i + 1) + " is not 0-9 or A-Z");
            }
            sum += v * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * The 9 characters without hyphen.
     *
     * @return the code
     */
    public String value() {
        return value;
    }

    /**
     * The conventional written form {@code XXXXXXXX-X}.
     *
     * @return the hyphenated code
     */
    public String formatted() {
        return value.substring(0, 8) + "-" + value.charAt(8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganizationCode c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
