package io.github.zhifa.recording;

import java.util.Objects;

/**
 * The stage of the enforcement process a record belongs to. 行政处罚法 art. 47 asks for the whole process to be
 * recorded: 启动 (立案), 调查取证, 审核, 决定, 送达, 执行.
 */
public enum Stage {
    /** 立案: opening the case. */
    FILING("立案"),
    /** 调查取证: investigation and evidence collection, including on-site inspection. */
    INVESTIGATION("调查取证"),
    /** 告知: notice of the intended decision and of the party's rights. */
    NOTICE("告知"),
    /** 听证: hearing. */
    HEARING("听证"),
    /** 审核: legal review. */
    REVIEW("审核"),
    /** 决定: decision. */
    DECISION("决定"),
    /** 送达: service of documents. */
    SERVICE("送达"),
    /** 执行: execution. */
    EXECUTION("执行"),
    /** 结案归档: closing and archiving. */
    CLOSING("结案归档"),
    /** Not one of the above. */
    OTHER("其他");

    private final String nameZh;

    Stage(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * The Chinese name, e.g. 调查取证.
     *
     * @return the name
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * Parses a constant name ({@code INVESTIGATION}) or a Chinese name (调查取证).
     *
     * @param s the text
     * @return the stage
     * @throws RecordingException if the text names no stage
     */
    public static Stage parse(String s) {
        Objects.requireNonNull(s, "s");
        for (Stage st : values()) {
            if (st.name().equalsIgnoreCase(s.trim()) || st.nameZh.equals(s.trim())) {
                return st;
            }
        }
        throw new RecordingException(RecordingException.BAD_ARGUMENT, "unknown stage '" + s + "'");
    }
}
