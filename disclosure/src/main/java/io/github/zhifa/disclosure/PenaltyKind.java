package io.github.zhifa.disclosure;

/**
 * 处罚类别: the kinds of administrative penalty in the 2021 wording of 行政处罚法 art. 9. Text in the 2009 wording
 * (art. 8 of the 2009 text) is read by {@link PenaltyKinds#parse(String)} and mapped onto these.
 */
public enum PenaltyKind {
    /** 警告 (art. 9 (1)). */
    WARNING("警告"),
    /** 通报批评 (art. 9 (1)). */
    PUBLIC_CRITICISM("通报批评"),
    /** 罚款 (art. 9 (2)). */
    FINE("罚款"),
    /** 没收违法所得 (art. 9 (2)). */
    CONFISCATION_OF_ILLEGAL_GAINS("没收违法所得"),
    /** 没收非法财物 (art. 9 (2)). */
    CONFISCATION_OF_ILLEGAL_PROPERTY("没收非法财物"),
    /** 暂扣许可证件 (art. 9 (3)). */
    SUSPENSION_OF_LICENCE("暂扣许可证件"),
    /** 降低资质等级 (art. 9 (3)). */
    DOWNGRADING_OF_QUALIFICATION("降低资质等级"),
    /** 吊销许可证件 (art. 9 (3)). */
    REVOCATION_OF_LICENCE("吊销许可证件"),
    /** 限制开展生产经营活动 (art. 9 (4)). */
    RESTRICTION_OF_BUSINESS("限制开展生产经营活动"),
    /** 责令停产停业 (art. 9 (4)). */
    ORDER_TO_SUSPEND_BUSINESS("责令停产停业"),
    /** 责令关闭 (art. 9 (4)). */
    ORDER_TO_CLOSE("责令关闭"),
    /** 限制从业 (art. 9 (4)). */
    RESTRICTION_OF_PRACTICE("限制从业"),
    /** 行政拘留 (art. 9 (5)). */
    DETENTION("行政拘留"),
    /** 法律、行政法规规定的其他行政处罚 (art. 9 (6)). */
    OTHER("其他");

    private final String chineseName;

    PenaltyKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * The Chinese name in the 2021 wording.
     *
     * @return e.g. 吊销许可证件
     */
    public String chineseName() {
        return chineseName;
    }
}
