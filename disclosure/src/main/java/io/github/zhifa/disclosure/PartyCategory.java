package io.github.zhifa.disclosure;

import java.util.Optional;

/**
 * 行政相对人类别 (category of the party) in the 双公示 field set. The category decides which party fields are
 * required: a legal person or an individual business needs a unified social credit code, a natural person an ID
 * type and number.
 */
public enum PartyCategory {
    /** 法人及非法人组织: legal persons and unincorporated organisations. */
    LEGAL_PERSON("法人及非法人组织"),
    /** 自然人: a natural person. */
    NATURAL_PERSON("自然人"),
    /** 个体工商户: an individual business, run by a natural person. */
    INDIVIDUAL_BUSINESS("个体工商户");

    private final String chineseName;

    PartyCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * The Chinese name as exchanged in payloads.
     *
     * @return e.g. 法人及非法人组织
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Parses the payload text: the Chinese name (also 法人 / 非法人组织 alone) or the constant name.
     *
     * @param text the text
     * @return the category, or empty if the text is not in the vocabulary
     */
    public static Optional<PartyCategory> parse(String text) {
        String t = text.strip();
        for (PartyCategory c : values()) {
            if (c.chineseName.equals(t) || c.name().equalsIgnoreCase(t)) {
                return Optional.of(c);
            }
        }
        if (t.equals("法人") || t.equals("非法人组织") || t.equals("法人或其他组织")) {
            return Optional.of(LEGAL_PERSON);
        }
        return Optional.empty();
    }
}
