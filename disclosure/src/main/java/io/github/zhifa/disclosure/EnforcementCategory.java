package io.github.zhifa.disclosure;

import java.util.Optional;

/**
 * 执法类别: the category of an enforcement decision in a general disclosure record (the seed plan's list of
 * enforcement acts). Licensing and penalty decisions normally travel as 双公示 records; they are accepted here too.
 */
public enum EnforcementCategory {
    /** 行政许可. */
    LICENSING("行政许可"),
    /** 行政处罚. */
    PENALTY("行政处罚"),
    /** 行政强制. */
    COERCION("行政强制"),
    /** 行政检查. */
    INSPECTION("行政检查"),
    /** 行政征收征用. */
    EXPROPRIATION("行政征收征用"),
    /** 其他. */
    OTHER("其他");

    private final String chineseName;

    EnforcementCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * The Chinese name as exchanged in payloads.
     *
     * @return e.g. 行政检查
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Parses the payload text (Chinese name, also without the 行政 prefix, or the constant name).
     *
     * @param text the text
     * @return the category, or empty if not in the vocabulary
     */
    public static Optional<EnforcementCategory> parse(String text) {
        String t = text.strip();
        for (EnforcementCategory c : values()) {
            if (c.chineseName.equals(t) || c.name().equalsIgnoreCase(t) || c.chineseName.equals("行政" + t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
