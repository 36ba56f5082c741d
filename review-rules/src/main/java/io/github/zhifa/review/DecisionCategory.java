package io.github.zhifa.review;

/** The category of an enforcement decision (执法类别). */
public enum DecisionCategory {
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
    /** 其他行政执法行为. */
    OTHER("其他");

    private final String zh;

    DecisionCategory(String zh) {
        this.zh = zh;
    }

    /**
     * The Chinese name.
     *
     * @return the name, e.g. 行政处罚
     */
    public String zh() {
        return zh;
    }
}
