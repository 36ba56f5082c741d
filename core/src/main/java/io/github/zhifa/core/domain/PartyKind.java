package io.github.zhifa.core.domain;

/** What kind of person or organisation a party (当事人) is. */
public enum PartyKind {
    /** 自然人: a natural person; name and ID number are personal data. */
    NATURAL_PERSON("自然人"),
    /** 法人: a legal person; its name and credit code are public. */
    LEGAL_PERSON("法人"),
    /** 非法人组织 / 其他组织: an organisation that is not a legal person. */
    OTHER_ORGANIZATION("其他组织"),
    /** 个体工商户: an individual business, run by a natural person whose personal data stays private. */
    INDIVIDUAL_BUSINESS("个体工商户");

    private final String chineseName;

    PartyKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * The Chinese name, e.g. 个体工商户.
     *
     * @return the Chinese name
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Whether the party's name and ID number are a natural person's personal data.
     *
     * @return true for {@link #NATURAL_PERSON} and {@link #INDIVIDUAL_BUSINESS}
     */
    public boolean isNaturalPerson() {
        return this == NATURAL_PERSON || this == INDIVIDUAL_BUSINESS;
    }
}
