package io.github.zhifa.disclosure;

import java.util.Optional;

/** 许可类别: the category of an administrative licence in the 双公示 field set. */
public enum LicenceCategory {
    /** 普通. */
    ORDINARY("普通"),
    /** 特许. */
    FRANCHISE("特许"),
    /** 认可. */
    RECOGNITION("认可"),
    /** 核准. */
    APPROVAL("核准"),
    /** 登记. */
    REGISTRATION("登记"),
    /** 其他. */
    OTHER("其他");

    private final String chineseName;

    LicenceCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * The Chinese name as exchanged in payloads.
     *
     * @return e.g. 普通
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Parses the payload text (Chinese name or constant name).
     *
     * @param text the text
     * @return the category, or empty if not in the vocabulary
     */
    public static Optional<LicenceCategory> parse(String text) {
        String t = text.strip();
        for (LicenceCategory c : values()) {
            if (c.chineseName.equals(t) || c.name().equalsIgnoreCase(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
