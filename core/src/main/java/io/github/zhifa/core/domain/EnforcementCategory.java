package io.github.zhifa.core.domain;

/** The category of an enforcement action (执法类别), as the three-systems disclosure uses them. */
public enum EnforcementCategory {
    /** 行政许可: licensing. */
    LICENSING("行政许可"),
    /** 行政处罚: penalty. */
    PENALTY("行政处罚"),
    /** 行政强制: coercive measures and enforcement. */
    COERCION("行政强制"),
    /** 行政检查: inspection. */
    INSPECTION("行政检查"),
    /** 行政征收征用: levy and requisition. */
    EXPROPRIATION("行政征收征用"),
    /** 其他: any other category. */
    OTHER("其他行政执法行为");

    private final String chineseName;

    EnforcementCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * The Chinese name, e.g. 行政处罚.
     *
     * @return the Chinese name
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Parses payload text: the Chinese name (also without the 行政 prefix, and 其他 for {@link #OTHER}) or the
     * constant name.
     *
     * @param text the text
     * @return the category, or empty if the text is not in the vocabulary
     */
    public static java.util.Optional<EnforcementCategory> parse(String text) {
        String t = text.strip();
        for (EnforcementCategory c : values()) {
            if (c.chineseName.equals(t) || c.name().equalsIgnoreCase(t) || c.chineseName.equals("行政" + t)) {
                return java.util.Optional.of(c);
            }
        }
        return "其他".equals(t) ? java.util.Optional.of(OTHER) : java.util.Optional.empty();
    }
}
