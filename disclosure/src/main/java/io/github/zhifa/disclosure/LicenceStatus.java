package io.github.zhifa.disclosure;

import java.util.Optional;

/**
 * 当前状态 of a licence in the 双公示 field set. Payloads carry the Chinese word or, in some exchanges, the digit
 * {@code 1} (有效) or {@code 2} (无效); the digit codes are <b>unverified</b> against the published standard.
 */
public enum LicenceStatus {
    /** 有效: in force. */
    VALID("有效", "1"),
    /** 无效: no longer in force (revoked, cancelled, expired). */
    INVALID("无效", "2");

    private final String chineseName;
    private final String digit;

    LicenceStatus(String chineseName, String digit) {
        this.chineseName = chineseName;
        this.digit = digit;
    }

    /**
     * The Chinese name as exchanged in payloads.
     *
     * @return 有效 or 无效
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Parses the payload text: the Chinese word, the digit code or the constant name.
     *
     * @param text the text
     * @return the status, or empty if not in the vocabulary
     */
    public static Optional<LicenceStatus> parse(String text) {
        String t = text.strip();
        for (LicenceStatus s : values()) {
            if (s.chineseName.equals(t) || s.digit.equals(t) || s.name().equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
