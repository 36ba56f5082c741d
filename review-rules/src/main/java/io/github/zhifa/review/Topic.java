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
    MITIGATION("应当从轻或者减轻处罚");

    private final String zh;

    Topic(String zh) {
        this.zh = zh;
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
