package io.github.zhifa.disclosure.redact;

/**
 * The kinds of personal data and secrets the redactor finds. Each kind has a profile rule (see
 * {@link RedactionProfile}) saying how it is masked, or that it is kept.
 */
public enum PiiType {
    /** An 18-character resident ID number whose GB 11643 check character is right. */
    RESIDENT_ID("居民身份证号码"),
    /** A legacy 15-digit resident ID number (area, YYMMDD, sequence; no check character). */
    RESIDENT_ID_LEGACY("居民身份证号码（15位）"),
    /** A Hong Kong, Macao or Taiwan residence permit number (area 810000/820000/830000, same check). */
    RESIDENCE_PERMIT("港澳台居民居住证号码"),
    /**
     * An 18-digit number shaped like an ID number (province, birth date) whose check character is wrong: not an ID
     * number, masked only when the profile says {@code maskUncheckedIdNumbers}.
     */
    UNCHECKED_ID("疑似身份证号码（校验位不符）"),
    /** A mainland mobile number, 11 digits {@code 1[3-9]…}, optionally after the country code 86 or 0086. */
    MOBILE("手机号码"),
    /**
     * A landline number: 0 + 2–3 digit area code + 7–8 digits, optionally with an extension; or after {@code +86} or
     * {@code 0086} with the area code written without its trunk 0.
     */
    LANDLINE("固定电话号码"),
    /**
     * A bank card or account number (16–19 digits; Luhn is not required, except for a number split other than in
     * groups of four).
     */
    BANK_CARD("银行卡号"),
    /** An e-mail address. */
    EMAIL("电子邮箱"),
    /** A passport number (E + 8 digits, E + letter + 7 digits, G + 8 digits, DE/SE/PE + 7 digits). */
    PASSPORT("护照号码"),
    /** A Hong Kong / Macao / Taiwan travel permit number (H, M, C, L + 8 digits, and variants). */
    TRAVEL_PERMIT("港澳台通行证号码"),
    /** A vehicle plate: province character + letter + 5 characters (6 for new-energy vehicles). */
    VEHICLE_PLATE("机动车号牌"),
    /** The address of a natural person after a cue such as 住址 or ，住. */
    ADDRESS("自然人住址"),
    /** A date of birth next to a person (…出生, 出生日期：…). */
    BIRTH_DATE("出生日期"),
    /** The name of a natural-person party and every later mention of it. */
    PERSON_NAME("自然人姓名"),
    /** A caller-supplied secret term (trade secret, state secret). */
    SECRET_TERM("保密词语");

    private final String chineseName;

    PiiType(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * The Chinese name of this kind, for reports.
     *
     * @return the name
     */
    public String chineseName() {
        return chineseName;
    }
}
