package io.github.zhifa.review;

/** The questions the rules answer about a case. */
public enum Topic {
    /** 法制审核: the decision needs legal review before the head of the agency decides (行政处罚法 art. 58). */
    LEGAL_REVIEW("法制审核"),
    /** 告知听证权利: the party must be told of a right to a hearing (行政处罚法 art. 63). */
    HEARING_NOTICE("告知听证权利"),
    /** 应当不予处罚: no penalty may be imposed (行政处罚法 art. 33 paras. 1 and 2, first sentences). */
    NO_PENALTY("应当不予处罚"),
    /** 可以不予处罚: the agency may decide not to penalise (行政处罚法 art. 33 para. 1, second sentence). */
    NO_PENALTY_PERMITTED("可以不予处罚"),
    /** 应当从轻或者减轻处罚: the penalty must be lighter or reduced (行政处罚法 art. 32). */
    MITIGATION("应当从轻或者减轻处罚"),
    /**
     * 从轻处罚: a lighter penalty within the range the penalty basis sets (e.g. an item of a department's 从轻处罚清单).
     * Not in the national baseline; answered only by exemption lists or overlays, so no warning when no rule is in
     * force.
     */
    LIGHTER_PENALTY("从轻处罚", false),
    /**
     * 减轻处罚: a penalty below the lowest the penalty basis sets (e.g. an item of a department's 减轻处罚清单). Not in
     * the national baseline; answered only by exemption lists or overlays, so no warning when no rule is in force.
     */
    REDUCED_PENALTY("减轻处罚", false);

    private final String zh;
    private final boolean baseline;

    Topic(String zh) {
        this(zh, true);
    }

    Topic(String zh, boolean baseline) {
        this.zh = zh;
        this.baseline = baseline;
    }

    /**
     * Whether the national baseline answers this topic; an evaluation warns when no rule is in force for such a
     * topic, and not for the others ({@link #LIGHTER_PENALTY}, {@link #REDUCED_PENALTY}).
     *
     * @return true for the topics of the national baseline
     */
    public boolean baseline() {
        return baseline;
    }

    /**
     * The Chinese name.
     *
     * @return the name, e.g. 法制审核
     */
    public String zh() {
        return zh;
    }
}
