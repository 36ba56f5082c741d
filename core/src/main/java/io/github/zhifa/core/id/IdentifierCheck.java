package io.github.zhifa.core.id;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one identifier: valid, or which rule failed and where.
 *
 * <p>Never holds the checked value itself: messages name positions and at most the one offending character, so a
 * check result can be logged or reported without leaking personal data. Immutable.
 *
 * @param type the identifier type checked against
 * @param problem the rule that failed, or {@code null} when valid
 * @param position the 1-based position of the offending character, or 0 when the problem has no single position
 * @param expected what was expected (a length, an alphabet, a check character; for a birth date in the future
 *     {@value #NOT_AFTER_TODAY}), or empty
 * @param found what was found (a length, the offending character), or empty
 * @param lenient whether a wrong check character was accepted (lenient mode for known legacy credit codes)
 */
public record IdentifierCheck(
        IdentifierType type, IdentifierProblem problem, int position, String expected, String found, boolean lenient) {

    /** {@link #expected()} of a {@link IdentifierProblem#BIRTH_DATE} problem when the date is real but after today. */
    public static final String NOT_AFTER_TODAY = "not after today";

    /**
     * Validates the components.
     *
     * @param type the identifier type
     * @param problem the problem or null
     * @param position the position
     * @param expected what was expected
     * @param found what was found
     * @param lenient whether lenient mode accepted a wrong check character
     */
    public IdentifierCheck {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
    }

    static IdentifierCheck ok(IdentifierType type) {
        return new IdentifierCheck(type, null, 0, "", "", false);
    }

    static IdentifierCheck fail(IdentifierType type, IdentifierProblem p, int position, String expected, String found) {
        return new IdentifierCheck(type, p, position, expected, found, false);
    }

    /**
     * Whether the identifier is acceptable: no problem, or only a check character accepted in lenient mode.
     *
     * @return true when acceptable
     */
    public boolean isValid() {
        return problem == null || lenient;
    }

    /**
     * Whether the identifier passes every rule, check character included.
     *
     * @return true when strictly valid
     */
    public boolean isStrictlyValid() {
        return problem == null;
    }

    /**
     * The rule that failed, if any (also present when lenient mode accepted a wrong check character).
     *
     * @return the problem
     */
    public Optional<IdentifierProblem> problemOpt() {
        return Optional.ofNullable(problem);
    }

    /**
     * A one-line explanation in English ({@link Locale#ENGLISH}) or Chinese ({@link Locale#CHINESE} or any zh
     * locale); never contains the checked value.
     *
     * @param locale the language
     * @return the explanation
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean zh = "zh".equals(locale.getLanguage());
        String name = zh ? type.chineseName() : type.englishName();
        if (problem == null) {
            return zh ? "有效的" + name : "valid " + name;
        }
        String what =
                switch (problem) {
                    case EMPTY -> zh ? "为空" : "is empty";
                    case LENGTH -> zh
                            ? "长度为" + found + "位，应为" + expected.replace(" or ", "或") + "位"
                            : "has " + found + " characters, expected " + expected;
                    case ALPHABET -> zh
                            ? "第" + position + "位字符“" + found + "”不允许（允许：" + expected + "）"
                            : "character " + position + " is '" + found + "', not allowed there (allowed: " + expected
                                    + ")";
                    case REGION -> zh
                            ? "行政区划代码（第" + position + "位起）无效：" + found + (expected.isEmpty() ? "" : "，应为" + expected)
                            : "region code (from position " + position + ") is not a valid division: " + found
                                    + (expected.isEmpty() ? "" : ", expected " + expected);
                    case BIRTH_DATE -> NOT_AFTER_TODAY.equals(expected)
                            ? (zh
                                    ? "出生日期（第" + position + "位起）晚于今天"
                                    : "birth date (from position " + position + ") is after today")
                            : (zh
                                    ? "出生日期（第" + position + "位起）不是有效日期"
                                    : "birth date (from position " + position + ") is not a real date");
                    case CHECK_CHARACTER -> zh
                            ? "校验码（第" + position + "位）为“" + found + "”，应为“" + expected + "”"
                                    + (lenient ? "（宽松模式下接受）" : "")
                            : "check character (position " + position + ") is '" + found + "', expected '" + expected
                                    + "'" + (lenient ? " (accepted in lenient mode)" : "");
                };
        return zh ? name + what : name + " " + what;
    }

    @Override
    public String toString() {
        return problem == null
                ? "IdentifierCheck[" + type + " valid]"
                : "IdentifierCheck[" + type + " " + problem.code() + " " + message(Locale.ENGLISH) + "]";
    }
}
