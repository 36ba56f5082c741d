package io.github.zhifa.core.id;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A resident identity card number (居民身份证号码, GB 11643): 18 characters (6-digit area, birth date YYYYMMDD,
 * 3-digit sequence, check character), the legacy 15-digit form (area, YYMMDD, sequence; no check), or a
 * Hong Kong / Macao / Taiwan residence permit number (area 810000, 820000 or 830000, same layout and check).
 *
 * <p>The area is checked at province level (the first two digits); the full GB/T 2260 division list changes every
 * year and is not bundled. The birth date must be a real date from 1850 on and not after today in China
 * (Asia/Shanghai): by the system clock, or by the {@link Clock} given to {@link #check(CharSequence, Clock)} (the
 * Bean Validation constraint uses the provider's {@code ClockProvider}, so tests can fix the day). The check character: weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 over the first 17
 * digits; the sum modulo 11 indexes {@code "10X98765432"}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the number: it is personal data.
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final boolean[] PROVINCE = new boolean[100];
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * Today in China as yyyymmdd, read from the system clock when the class loads and again only when a number's
     * birth date is later (so the fast path never reads the clock, and a newborn's number is not refused by a
     * long-running JVM).
     */
    private static volatile int todayYmd = ymd(LocalDate.now(CHINA));

    static {
        for (int p : new int[] {
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
            62, 63, 64, 65, 71, 81, 82, 83
        }) {
            PROVINCE[p] = true;
        }
    }

    private final String value;
    private final IdentifierType type;

    private ResidentIdNumber(String value, IdentifierType type) {
        this.value = value;
        this.type = type;
    }

    /**
     * Checks a candidate and says which rule failed, if any. A lower-case {@code x} is accepted as the check
     * character; surrounding blanks are ignored.
     *
     * @param candidate the text to check
     * @return the check result (never containing the value)
     */
    public static IdentifierCheck check(CharSequence candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return check(candidate.toString(), 0);
    }

    /**
     * As {@link #check(CharSequence)}, with "today" (for the rule that a birth date is not in the future) taken from
     * a clock, in China's time zone: for tests, and for hosts that run validation on a clock of their own.
     *
     * @param candidate the text to check
     * @param clock the clock that says which day it is
     * @return the result, naming the rule that failed
     */
    public static IdentifierCheck check(CharSequence candidate, Clock clock) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(clock, "clock");
        return check(candidate.toString(), ymd(LocalDate.now(clock.withZone(CHINA))));
    }

    /** Checks; {@code today} is yyyymmdd, or 0 for the system clock. */
    private static IdentifierCheck check(String candidate, int today) {
        String s = candidate.strip();
        if (s.isEmpty()) {
            return IdentifierCheck.fail(IdentifierType.RESIDENT_ID_18, IdentifierProblem.EMPTY, 0, "", "");
        }
        if (s.length() == 15) {
            return check15(s);
        }
        IdentifierType type = typeOf18(s);
        if (s.length() != 18) {
            return IdentifierCheck.fail(type, IdentifierProblem.LENGTH, 0, "18 or 15", String.valueOf(s.length()));
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(s.charAt(i))) {
                return IdentifierCheck.fail(
                        type, IdentifierProblem.ALPHABET, i + 1, "0-9", String.valueOf(s.charAt(i)));
            }
        }
        char last = s.charAt(17);
        if (!isDigit(last) && last != 'X' && last != 'x') {
            return IdentifierCheck.fail(type, IdentifierProblem.ALPHABET, 18, "0-9 or X", String.valueOf(last));
        }
        int province = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
        if (!PROVINCE[province]) {
            return IdentifierCheck.fail(type, IdentifierProblem.REGION, 1, "", s.substring(0, 2) + "xxxx");
        }
        if (isPermitProvince(province) && !s.startsWith("0000", 2)) {
            // residence permits carry exactly 810000 / 820000 / 830000; other 81xxxx areas do not exist
            return IdentifierCheck.fail(type, IdentifierProblem.REGION, 1, province + "0000", province + "xxxx");
        }
        int birth = dateYmd(s, 6, 4);
        if (birth < 0) {
            return IdentifierCheck.fail(type, IdentifierProblem.BIRTH_DATE, 7, "", "");
        }
        if (isAfterToday(birth, today)) {
            return IdentifierCheck.fail(type, IdentifierProblem.BIRTH_DATE, 7, IdentifierCheck.NOT_AFTER_TODAY, "");
        }
        char expected = checkCharacter(s);
        char found = Character.toUpperCase(last);
        if (expected != found) {
            return IdentifierCheck.fail(
                    type, IdentifierProblem.CHECK_CHARACTER, 18, String.valueOf(expected), String.valueOf(found));
        }
        return IdentifierCheck.ok(type);
    }

    private static IdentifierCheck check15(String s) {
        IdentifierType type = IdentifierType.RESIDENT_ID_15;
        for (int i = 0; i < 15; i++) {
            if (!isDigit(s.charAt(i))) {
                return IdentifierCheck.fail(
                        type, IdentifierProblem.ALPHABET, i + 1, "0-9", String.valueOf(s.charAt(i)));
            }
        }
        int province = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
        if (!PROVINCE[province] || isPermitProvince(province)) {
            // legacy 15-digit numbers were only issued on the mainland: no 81/82/83 areas
            return IdentifierCheck.fail(type, IdentifierProblem.REGION, 1, "", s.substring(0, 2) + "xxxx");
        }
        if (dateYmd(s, 6, 2) < 0) {
            return IdentifierCheck.fail(type, IdentifierProblem.BIRTH_DATE, 7, "", "");
        }
        return IdentifierCheck.ok(type);
    }

    private static boolean isPermitProvince(int province) {
        return province >= 81 && province <= 83;
    }

    private static IdentifierType typeOf18(String s) {
        return s.length() >= 6 && s.charAt(1) >= '1' && s.charAt(1) <= '3' && s.charAt(0) == '8'
                ? IdentifierType.RESIDENCE_PERMIT
                : IdentifierType.RESIDENT_ID_18;
    }

    /**
     * Fast test without allocation, for scanners: is {@code s[from, from+18)} a valid 18-character number
     * (upper- or lower-case X)?
     *
     * @param s the text
     * @param from the start index
     * @return true when the 18 characters from {@code from} form a valid number
     */
    public static boolean isValid18(CharSequence s, int from) {
        if (from < 0 || from + 18 > s.length()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(from + i);
            if (!isDigit(c)) {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        char last = s.charAt(from + 17);
        if (last == 'x') {
            last = 'X';
        }
        if (CHECK[sum % 11] != last) {
            return false;
        }
        int province = (s.charAt(from) - '0') * 10 + (s.charAt(from + 1) - '0');
        if (isPermitProvince(province)) {
            for (int i = 2; i < 6; i++) {
                if (s.charAt(from + i) != '0') {
                    return false;
                }
            }
        }
        if (!PROVINCE[province]) {
            return false;
        }
        int birth = dateYmd(s, from + 6, 4);
        return birth >= 0 && !isAfterToday(birth, 0);
    }

    /** Whether a birth date (yyyymmdd) is after {@code today} (yyyymmdd; 0: today by the system clock). */
    private static boolean isAfterToday(int date, int today) {
        if (today != 0) {
            return date > today;
        }
        if (date <= todayYmd) {
            return false;
        }
        int now = ymd(LocalDate.now(CHINA)); // the day may have changed since it was last read
        todayYmd = now;
        return date > now;
    }

    private static int ymd(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /**
     * Whether the text is a valid number of any accepted form.
     *
     * @param candidate the text
     * @return true when {@link #check(CharSequence)} finds no problem
     */
    public static boolean isValid(CharSequence candidate) {
        return check(candidate).isStrictlyValid();
    }

    /**
     * Parses a valid number.
     *
     * @param candidate the text
     * @return the number
     * @throws InvalidIdentifierException naming the rule that failed
     */
    public static ResidentIdNumber parse(CharSequence candidate) {
        IdentifierCheck c = check(candidate);
        if (!c.isStrictlyValid()) {
            throw new InvalidIdentifierException(c);
        }
        return new ResidentIdNumber(candidate.toString().strip().toUpperCase(java.util.Locale.ROOT), c.type());
    }

    /**
     * Computes the check character of the first 17 digits.
     *
     * @param first17 at least 17 characters, the first 17 digits
     * @return the check character, {@code 0-9} or {@code X}
     * @throws IllegalArgumentException if the first 17 characters are not digits
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() < 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isDigit(c)) {
                throw new IllegalArgumentException("character " + (i + 1) + " is not a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The date at {@code from} as yyyymmdd (a 2-digit year is 19YY), or -1 if it is not a real date from 1850 on. */
    private static int dateYmd(CharSequence s, int from, int yearDigits) {
        int year = 0;
        for (int i = 0; i < yearDigits; i++) {
            year = year * 10 + (s.charAt(from + i) - '0');
        }
        if (yearDigits == 2) {
            year += 1900;
        } else if (year < 1850) {
            return -1;
        }
        int m = (s.charAt(from + yearDigits) - '0') * 10 + (s.charAt(from + yearDigits + 1) - '0');
        int d = (s.charAt(from + yearDigits + 2) - '0') * 10 + (s.charAt(from + yearDigits + 3) - '0');
        if (m < 1 || m > 12 || d < 1) {
            return -1;
        }
        int days = m == 2 ? (java.time.Year.isLeap(year) ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
        if (d > days) {
            return -1;
        }
        return year * 10000 + m * 100 + d;
    }

    /**
     * The normalised number (upper-case X). Personal data: do not log it.
     *
     * @return the number
     */
    public String value() {
        return value;
    }

    /**
     * Which form this number has.
     *
     * @return {@link IdentifierType#RESIDENT_ID_18}, {@link IdentifierType#RESIDENT_ID_15} or
     *     {@link IdentifierType#RESIDENCE_PERMIT}
     */
    public IdentifierType type() {
        return type;
    }

    /**
     * The 6-digit area code of first registration (not necessarily current residence).
     *
     * @return the area code
     */
    public String areaCode() {
        return value.substring(0, 6);
    }

    /**
     * The birth date encoded in the number (legacy 15-digit numbers are 19YY).
     *
     * @return the birth date
     */
    public LocalDate birthDate() {
        try {
            return value.length() == 15
                    ? LocalDate.of(
                            1900 + Integer.parseInt(value.substring(6, 8)),
                            Integer.parseInt(value.substring(8, 10)),
                            Integer.parseInt(value.substring(10, 12)))
                    : LocalDate.of(
                            Integer.parseInt(value.substring(6, 10)),
                            Integer.parseInt(value.substring(10, 12)),
                            Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IllegalStateException("checked on creation", e);
        }
    }

    /**
     * The 18-digit form: itself, or a legacy 15-digit number upgraded (century 19 inserted, check computed).
     *
     * @return the 18-digit number
     */
    public ResidentIdNumber to18() {
        if (value.length() == 18) {
            return this;
        }
        String first17 = value.substring(0, 6) + "19" + value.substring(6);
        return new ResidentIdNumber(first17 + checkCharacter(first17), IdentifierType.RESIDENT_ID_18);
    }

    /**
     * The number with everything but the first and last character replaced by {@code *}: safe to show.
     *
     * @return the masked number
     */
    public String masked() {
        return value.charAt(0) + "*".repeat(value.length() - 2) + value.charAt(value.length() - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber r && r.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: the number is personal data. */
    @Override
    public String toString() {
        return "ResidentIdNumber[" + masked() + "]";
    }
}
