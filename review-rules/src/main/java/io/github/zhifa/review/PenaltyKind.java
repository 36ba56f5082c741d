package io.github.zhifa.review;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of administrative penalty of 行政处罚法 art. 9 (2021 wording). {@link #parse(String)} also accepts the
 * Chinese names of the 2009 list and maps them onto the 2021 kinds.
 */
public enum PenaltyKind {
    /** 警告. */
    WARNING("警告"),
    /** 通报批评. */
    CRITICISM("通报批评"),
    /** 罚款. */
    FINE("罚款"),
    /** 没收违法所得. */
    CONFISCATE_INCOME("没收违法所得"),
    /** 没收非法财物. */
    CONFISCATE_PROPERTY("没收非法财物"),
    /** 暂扣许可证件. */
    SUSPEND_LICENCE("暂扣许可证件"),
    /** 降低资质等级. */
    LOWER_QUALIFICATION("降低资质等级"),
    /** 吊销许可证件. */
    REVOKE_LICENCE("吊销许可证件"),
    /** 限制开展生产经营活动. */
    RESTRICT_BUSINESS("限制开展生产经营活动"),
    /** 责令停产停业. */
    SUSPEND_PRODUCTION("责令停产停业"),
    /** 责令关闭. */
    CLOSURE("责令关闭"),
    /** 限制从业. */
    OCCUPATIONAL_BAN("限制从业"),
    /** 行政拘留. */
    DETENTION("行政拘留"),
    /** 法律、行政法规规定的其他行政处罚. */
    OTHER("其他行政处罚");

    private static final Map<String, Set<PenaltyKind>> OLD_NAMES = Map.of(
            "没收违法所得、没收非法财物", EnumSet.of(CONFISCATE_INCOME, CONFISCATE_PROPERTY),
            "暂扣许可证", EnumSet.of(SUSPEND_LICENCE),
            "暂扣执照", EnumSet.of(SUSPEND_LICENCE),
            "吊销许可证", EnumSet.of(REVOKE_LICENCE),
            "吊销执照", EnumSet.of(REVOKE_LICENCE),
            "暂扣或者吊销许可证、暂扣或者吊销执照", EnumSet.of(SUSPEND_LICENCE, REVOKE_LICENCE),
            "其他", EnumSet.of(OTHER));

    private final String zh;

    PenaltyKind(String zh) {
        this.zh = zh;
    }

    /**
     * The Chinese name of the 2021 list.
     *
     * @return the name, e.g. 罚款
     */
    public String zh() {
        return zh;
    }

    /**
     * Parses a kind from its constant name ({@code FINE}), its 2021 Chinese name ({@code 罚款}) or a 2009 Chinese
     * name ({@code 吊销执照}); a 2009 name may map onto more than one 2021 kind.
     *
     * @param text the name
     * @return the kinds, or empty if the name is unknown
     */
    public static Optional<Set<PenaltyKind>> parse(String text) {
        String t = text.strip();
        for (PenaltyKind k : values()) {
            if (k.name().equals(t.toUpperCase(Locale.ROOT)) || k.zh.equals(t)) {
                return Optional.of(EnumSet.of(k));
            }
        }
        Set<PenaltyKind> old = OLD_NAMES.get(t);
        return old == null ? Optional.empty() : Optional.of(EnumSet.copyOf(old));
    }
}
