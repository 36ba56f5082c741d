package io.github.zhifa.disclosure;

import java.util.Optional;

/**
 * 证件类型: the type of identity document of a natural person or legal representative in the 双公示 field set.
 * Only {@link #RESIDENT_ID} numbers carry a checksum that zhifa verifies (GB 11643, via {@code core}).
 */
public enum IdDocumentType {
    /** 身份证: resident identity card (also HK/Macao/Taiwan residence permits, same layout). */
    RESIDENT_ID("身份证"),
    /** 护照号: passport. */
    PASSPORT("护照号"),
    /** 港澳居民来往内地通行证: home-return permit of Hong Kong and Macao residents. */
    HK_MACAO_PERMIT("港澳居民来往内地通行证"),
    /** 台湾居民来往大陆通行证: mainland travel permit of Taiwan residents. */
    TAIWAN_PERMIT("台湾居民来往大陆通行证"),
    /** 外国人永久居留身份证: foreigner's permanent residence ID card. */
    FOREIGNER_PERMANENT_RESIDENCE("外国人永久居留身份证");

    private final String chineseName;

    IdDocumentType(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * The Chinese name as exchanged in payloads.
     *
     * @return e.g. 身份证
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Parses the payload text: the Chinese name, 居民身份证 / 护照, or the constant name.
     *
     * @param text the text
     * @return the type, or empty if not in the vocabulary
     */
    public static Optional<IdDocumentType> parse(String text) {
        String t = text.strip();
        for (IdDocumentType c : values()) {
            if (c.chineseName.equals(t) || c.name().equalsIgnoreCase(t)) {
                return Optional.of(c);
            }
        }
        return switch (t) {
            case "居民身份证", "身份证号", "居民身份证号码" -> Optional.of(RESIDENT_ID);
            case "护照" -> Optional.of(PASSPORT);
            default -> Optional.empty();
        };
    }
}
