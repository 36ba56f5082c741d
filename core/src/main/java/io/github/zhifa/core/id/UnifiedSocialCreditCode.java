package io.github.zhifa.core.id;

import java.util.Locale;
import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9ABCDEFGHJKLMNPQRTUWXY} (no I, O, Z, S, V): registration authority (1), category (1), region (6
 * digits), organisation code (9), check character (1). Check: weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28;
 * check = (31 − sum mod 31) mod 31, as a character of the alphabet.
 *
 * <p>Some real codes issued before 2016 carry a wrong check character; {@link Mode#LENIENT} accepts those (the
 * check still reports the mismatch). Immutable and thread-safe. A legal person's code is public: it is not
 * personal data.
 */
public final class UnifiedSocialCreditCode {
    /** The 31 characters of the code alphabet, in value order. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final byte[] VALUE = new byte[128];

    static {
        java.util.Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    /** How a wrong check character is treated. */
    public enum Mode {
        /** A wrong check character makes the code invalid. */
        STRICT,
        /** A wrong check character is accepted and reported (for the known pre-2016 codes). */
        LENIENT
    }

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Checks a candidate strictly.
     *
     * @param candidate the text (surrounding blanks ignored, lower case accepted)
     * @return the check result
     */
    public static IdentifierCheck check(CharSequence candidate) {
        return check(candidate, Mode.STRICT);
    }

    /**
     * Checks a candidate.
     *
     * @param candidate the text (surrounding blanks ignored, lower case accepted)
     * @param mode strict or lenient about the check character
     * @return the check result
     */
    public static IdentifierCheck check(CharSequence candidate, Mode mode) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(mode, "mode");
        IdentifierType t = IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE;
        String s = candidate.toString().strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return IdentifierCheck.fail(t, IdentifierProblem.EMPTY, 0, "", "");
        }
        if (s.length() != 18) {
            return IdentifierCheck.fail(t, IdentifierProblem.LENGTH, 0, "18", String.valueOf(s.length()));
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            char c = s.charAt(i);
            int v = c < 128 ? VALUE[c] : -1;
            if (v < 0) {
                return IdentifierCheck.fail(
                        t, IdentifierProblem.ALPHABET, i + 1, "0-9 and A-Y except I O S V Z", String.valueOf(c));
            }
            if (i >= 2 && i < 8 && v > 9) {
                return IdentifierCheck.fail(
                        t, IdentifierProblem.ALPHABET, i + 1, "0-9 (region code)", String.valueOf(c));
            }
            if (i < 17) {
                sum += v * WEIGHTS[i];
            }
        }
        char expected = ALPHABET.charAt((31 - sum % 31) % 31);
        char found = s.charAt(17);
        if (expected != found) {
            return new IdentifierCheck(
                    t,
                    IdentifierProblem.CHECK_CHARACTER,
                    18,
                    String.valueOf(expected),
                    String.valueOf(found),
                    mode == Mode.LENIENT);
        }
        return IdentifierCheck.ok(t);
    }

    /**
     * Fast strict test without allocation, for scanners: is {@code s[from, from+18)} a valid code (upper case)?
     *
     * @param s the text
     * @param from the start index
     * @return true when valid
     */
    public static boolean isValid(CharSequence s, int from) {
        if (from < 0 || from + 18 > s.length()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(from + i);
            int v = c < 128 ? VALUE[c] : -1;
            if (v < 0 || (i >= 2 && i < 8 && v > 9)) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31) == s.charAt(from + 17);
    }

    /**
     * Whether the text is a strictly valid code.
     *
     * @param candidate the text
     * @return true when valid
     */
    public static boolean isValid(CharSequence candidate) {
        return check(candidate).isStrictlyValid();
    }

    /**
     * Parses a code strictly.
     *
     * @param candidate the text
     * @return the code, upper case
     * @throws InvalidIdentifierException naming the rule that failed
     */
    public static UnifiedSocialCreditCode parse(CharSequence candidate) {
        return parse(candidate, Mode.STRICT);
    }

    /**
     * Parses a code.
     *
     * @param candidate the text
     * @param mode strict or lenient about the check character
     * @return the code, upper case
     * @throws InvalidIdentifierException naming the rule that failed
     */
    public static UnifiedSocialCreditCode parse(CharSequence candidate, Mode mode) {
        IdentifierCheck c = check(candidate, mode);
        if (!c.isValid()) {
            throw new InvalidIdentifierException(c);
        }
        return new UnifiedSocialCreditCode(candidate.toString().strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Computes the check character of the first 17 characters.
     *
     * @param first17 at least 17 characters of the alphabet
     * @return the check character
     * @throws IllegalArgumentException if a character is outside the alphabet
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() < 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            int v = c < 128 ? VALUE[c] : -1;
            if (v < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " is not in the code alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The code, upper case.
     *
     * @return the code
     */
    public String value() {
        return value;
    }

    /**
     * The registration authority character (1 机构编制, 5 民政, 9 工商/市场监管, Y 其他, …).
     *
     * @return the first character
     */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /**
     * The 6-digit region code of the registering authority.
     *
     * @return positions 3–8
     */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /**
     * The embedded 9-character organisation code (positions 9–17).
     *
     * @return the organisation code part
     */
    public String organizationCodePart() {
        return value.substring(8, 17);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode u && u.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
