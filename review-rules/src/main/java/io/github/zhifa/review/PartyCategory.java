package io.github.zhifa.review;

/**
 * The category of the party (当事人) a decision is addressed to. Amount thresholds are set per category; a rule that
 * gives no threshold for {@link #INDIVIDUAL_BUSINESS} uses the natural-person threshold (an individual business is
 * run by a natural person, 民法典 art. 54).
 */
public enum PartyCategory {
    /** 公民 (natural person). */
    NATURAL_PERSON("公民"),
    /** 法人 (legal person). */
    LEGAL_PERSON("法人"),
    /** 其他组织 (other organisation). */
    OTHER_ORGANIZATION("其他组织"),
    /** 个体工商户 (individual business). */
    INDIVIDUAL_BUSINESS("个体工商户");

    private final String zh;

    PartyCategory(String zh) {
        this.zh = zh;
    }

    /**
     * The Chinese name.
     *
     * @return the name, e.g. 法人
     */
    public String zh() {
        return zh;
    }
}
