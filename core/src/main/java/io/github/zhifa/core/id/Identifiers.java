package io.github.zhifa.core.id;

import java.util.Locale;
import java.util.Objects;

/** Checks an identifier whose type is not known in advance, guessing the type from its shape. */
public final class Identifiers {
    private Identifiers() {}

    /**
     * Guesses the type of an identifier from its shape: 15 digits or 17 digits + digit/X that look like a resident
     * ID (plausible province, and valid as an ID or not valid as a credit code) are resident IDs; other 18-character values are credit codes; 9 or {@code 8-1}
     * characters are organisation codes.
     *
     * @param candidate the text
     * @return the likely type; for text of no known shape, the type whose length is closest
     */
    public static IdentifierType detect(CharSequence candidate) {
        Objects.requireNonNull(candidate, "candidate");
        String s = candidate.toString().strip().toUpperCase(Locale.ROOT);
        int n = s.length();
        if (n == 15 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return IdentifierType.RESIDENT_ID_15;
        }
        if (n == 18) {
            boolean idShape = s.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                    && (Character.isDigit(s.charAt(17)) || s.charAt(17) == 'X');
            if (idShape) {
                IdentifierCheck asId = ResidentIdNumber.check(s);
                boolean idPlausible = asId.problemOpt()
                        .map(p -> p != IdentifierProblem.REGION && p != IdentifierProblem.BIRTH_DATE)
                        .orElse(true);
                // A value valid both ways (about 1 in 31 valid IDs) is taken for an ID: the safer reading for
                // personal data, and an all-digit credit code would be unusual.
                if (asId.isStrictlyValid() || (idPlausible && !UnifiedSocialCreditCode.isValid(s))) {
                    return asId.type();
                }
            }
            return IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE;
        }
        if (n == 9 || (n == 10 && s.charAt(8) == '-')) {
            return IdentifierType.ORGANIZATION_CODE;
        }
        return n <= 12
                ? IdentifierType.ORGANIZATION_CODE
                : n <= 16 ? IdentifierType.RESIDENT_ID_15 : IdentifierType.RESIDENT_ID_18;
    }

    /**
     * Checks a candidate against the type {@link #detect(CharSequence)} guesses.
     *
     * @param candidate the text
     * @return the check result, whose {@link IdentifierCheck#type()} says what it was taken for
     */
    public static IdentifierCheck check(CharSequence candidate) {
        return check(candidate, detect(candidate));
    }

    /**
     * Checks a candidate against a given type.
     *
     * @param candidate the text
     * @param type the type to check against
     * @return the check result
     */
    public static IdentifierCheck check(CharSequence candidate, IdentifierType type) {
        Objects.requireNonNull(type, "type");
        return switch (type) {
            case RESIDENT_ID_18, RESIDENT_ID_15, RESIDENCE_PERMIT -> ResidentIdNumber.check(candidate);
            case UNIFIED_SOCIAL_CREDIT_CODE -> UnifiedSocialCreditCode.check(candidate);
            case ORGANIZATION_CODE -> OrganizationCode.check(candidate);
        };
    }
}
