package io.github.zhifa.disclosure;

import java.util.Locale;
import java.util.Objects;

/** The three kinds of disclosure record zhifa validates. */
public enum RecordKind {
    /** 行政处罚 双公示 record. */
    PENALTY("行政处罚", "penalty"),
    /** 行政许可 双公示 record. */
    LICENSING("行政许可", "licensing"),
    /** General disclosure record (执法机关、执法对象、执法类别、执法结论) for the other enforcement categories. */
    GENERAL("其他行政执法决定", "general");

    private final String chineseName;
    private final String cliName;

    RecordKind(String chineseName, String cliName) {
        this.chineseName = chineseName;
        this.cliName = cliName;
    }

    /**
     * The Chinese name.
     *
     * @return e.g. 行政处罚
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The lower-case English name used on the command line.
     *
     * @return {@code penalty}, {@code licensing} or {@code general}
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Parses a kind from its command-line name, its constant name or its Chinese name.
     *
     * @param text the text
     * @return the kind
     * @throws IllegalArgumentException if the text names no kind
     */
    public static RecordKind parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        for (RecordKind k : values()) {
            if (k.cliName.equalsIgnoreCase(t) || k.name().equalsIgnoreCase(t) || k.chineseName.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "unknown record kind '" + t.toLowerCase(Locale.ROOT) + "' (expected penalty, licensing or general)");
    }
}
