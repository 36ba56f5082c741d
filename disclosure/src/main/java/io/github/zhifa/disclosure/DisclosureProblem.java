package io.github.zhifa.disclosure;

import io.github.zhifa.core.validation.Violation;

/**
 * Every rule zhifa checks on a disclosure record, each with its stable code {@code ZHIFA-DIS-nnn}. The codes are part
 * of the API: they never change meaning. A {@link Violation} carries the code, the field path (the national field
 * code, e.g. {@code CF_XDR_SHXYM}) and the message in Chinese and English.
 */
public enum DisclosureProblem {
    /** The input is not readable (bad JSON or CSV, wrong structure): reported as an exception, with where. */
    MALFORMED("ZHIFA-DIS-001", "输入格式错误", "malformed input"),
    /** A field name that is not in the field set: reported as an exception, with where. */
    UNKNOWN_FIELD("ZHIFA-DIS-002", "未知字段", "unknown field"),
    /** A required field is absent. */
    REQUIRED("ZHIFA-DIS-010", "必填字段缺失", "required field missing"),
    /** A date field that is not a date. */
    NOT_A_DATE("ZHIFA-DIS-011", "不是有效日期", "not a date"),
    /** An amount field that is not a decimal number. */
    NOT_A_NUMBER("ZHIFA-DIS-012", "不是有效数字", "not a number"),
    /** A value outside its controlled vocabulary. */
    NOT_IN_VOCABULARY("ZHIFA-DIS-013", "取值不在规定范围内", "value not in the controlled vocabulary"),
    /** A field that must stay empty for the party's category (e.g. a personal ID number on a legal person). */
    NOT_ALLOWED_FOR_CATEGORY("ZHIFA-DIS-014", "该类别的行政相对人不应填写此字段", "field not allowed for this party category"),
    /** A unified social credit code that fails GB 32100. */
    CREDIT_CODE("ZHIFA-DIS-020", "统一社会信用代码无效", "invalid unified social credit code"),
    /** A resident ID number that fails GB 11643. */
    ID_NUMBER("ZHIFA-DIS-021", "身份证号码无效", "invalid resident ID number"),
    /** An organisation code that fails GB 11714. */
    ORGANIZATION_CODE("ZHIFA-DIS-022", "组织机构代码无效", "invalid organisation code"),
    /** A negative amount. */
    AMOUNT_NEGATIVE("ZHIFA-DIS-030", "金额为负数", "negative amount"),
    /** An amount in 万元 with more than 6 decimal places (finer than 0.01 yuan). */
    AMOUNT_PRECISION("ZHIFA-DIS-031", "金额精度过高", "amount too precise"),
    /** An amount so large it was probably entered in yuan instead of 万元 (a warning). */
    AMOUNT_IMPLAUSIBLE("ZHIFA-DIS-032", "金额异常偏大", "implausibly large amount"),
    /** An amount without the matching penalty kind (e.g. a fine amount but no 罚款). */
    AMOUNT_WITHOUT_KIND("ZHIFA-DIS-033", "金额与处罚类别不一致", "amount without the matching penalty kind"),
    /** Dates out of order (decision ≤ publication ≤ publicity end; decision ≤ validity end). */
    DATE_ORDER("ZHIFA-DIS-040", "日期先后顺序错误", "dates out of order"),
    /** A licence valid to before it is valid from. */
    LICENCE_VALIDITY("ZHIFA-DIS-041", "许可有效期起止错误", "licence validity ends before it starts"),
    /** A decision date in the future. */
    DATE_IN_FUTURE("ZHIFA-DIS-042", "决定日期晚于今天", "decision date in the future"),
    /** A document number (文号) without the usual shape 机关代字〔年份〕序号号. */
    DOCUMENT_NUMBER_SHAPE("ZHIFA-DIS-050", "文号格式错误", "malformed document number"),
    /** A document number whose year is after the decision year. */
    DOCUMENT_NUMBER_YEAR("ZHIFA-DIS-051", "文号年份晚于决定年份", "document number year after the decision year"),
    /** A penalty kind in the 2009 vocabulary, mapped onto the 2021 one (a warning). */
    LEGACY_PENALTY_KIND("ZHIFA-DIS-060", "使用了2009年版处罚种类", "penalty kind in the 2009 vocabulary"),
    /** A 2009 penalty kind that does not say whether a licence was suspended or revoked (a warning). */
    AMBIGUOUS_PENALTY_KIND("ZHIFA-DIS-061", "处罚种类不明确", "ambiguous penalty kind"),
    /** Published after the deadline. */
    PUBLICATION_LATE("ZHIFA-DIS-070", "公示超过期限", "published after the deadline"),
    /** Withdrawn after the deadline. */
    WITHDRAWAL_LATE("ZHIFA-DIS-071", "撤回超过期限", "withdrawn after the deadline"),
    /** 公示截止期 differs from the end computed from the publicity period. */
    PUBLICITY_END("ZHIFA-DIS-072", "公示截止期错误", "wrong end of publication"),
    /** A decision that is not to be published (a warning; e.g. warning-only penalties under the SAMR rule). */
    NOT_TO_BE_PUBLISHED("ZHIFA-DIS-073", "不予公示", "not to be published"),
    /** A deadline that could not be checked because the calendar has no data for the dates (a warning). */
    DEADLINE_UNCHECKED("ZHIFA-DIS-074", "未能检查期限", "deadline not checked");

    private final String code;
    private final String summaryZh;
    private final String summaryEn;

    DisclosureProblem(String code, String summaryZh, String summaryEn) {
        this.code = code;
        this.summaryZh = summaryZh;
        this.summaryEn = summaryEn;
    }

    /**
     * The stable code.
     *
     * @return e.g. {@code ZHIFA-DIS-020}
     */
    public String code() {
        return code;
    }

    /**
     * A short Chinese summary.
     *
     * @return the summary
     */
    public String summaryZh() {
        return summaryZh;
    }

    /**
     * A short English summary.
     *
     * @return the summary
     */
    public String summaryEn() {
        return summaryEn;
    }

    /**
     * An error of this kind.
     *
     * @param path the field path
     * @param detailZh the Chinese detail, appended to the summary
     * @param detailEn the English detail, appended to the summary
     * @return the violation
     */
    public Violation error(String path, String detailZh, String detailEn) {
        return Violation.error(code, path, join(summaryZh, detailZh, "："), join(summaryEn, detailEn, ": "));
    }

    /**
     * A warning of this kind.
     *
     * @param path the field path
     * @param detailZh the Chinese detail
     * @param detailEn the English detail
     * @return the violation
     */
    public Violation warning(String path, String detailZh, String detailEn) {
        return Violation.warning(code, path, join(summaryZh, detailZh, "："), join(summaryEn, detailEn, ": "));
    }

    private static String join(String summary, String detail, String sep) {
        return detail == null || detail.isEmpty() ? summary : summary + sep + detail;
    }
}
