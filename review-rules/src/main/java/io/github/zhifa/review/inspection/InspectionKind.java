package io.github.zhifa.review.inspection;

/** The kind of an inspection; every kind but {@link #ROUTINE} is exempt from advance notice (预告). */
public enum InspectionKind {
    /** An ordinary, planned inspection (e.g. 双随机、一公开). */
    ROUTINE("常规检查", false),
    /** 暗访暗查 (covert). */
    COVERT("暗访暗查", true),
    /** 举报投诉 (complaint-driven). */
    COMPLAINT("举报投诉", true),
    /** "四不两直" (no notice, no greeting, no report, no escort; straight to the site). */
    FOUR_NO_TWO_DIRECT("四不两直", true),
    /** Directly concerns the safety of people's life and property. */
    LIFE_PROPERTY_SAFETY("直接关系人民群众生命财产安全", true);

    private final String zh;
    private final boolean exemptFromAdvanceNotice;

    InspectionKind(String zh, boolean exemptFromAdvanceNotice) {
        this.zh = zh;
        this.exemptFromAdvanceNotice = exemptFromAdvanceNotice;
    }

    /**
     * The Chinese name.
     *
     * @return e.g. 暗访暗查
     */
    public String zh() {
        return zh;
    }

    /**
     * Whether inspections of this kind are not announced in advance.
     *
     * @return true for the exempt kinds
     */
    public boolean exemptFromAdvanceNotice() {
        return exemptFromAdvanceNotice;
    }
}
