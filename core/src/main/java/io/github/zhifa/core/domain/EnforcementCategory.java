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
}
