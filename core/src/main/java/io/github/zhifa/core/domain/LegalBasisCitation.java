package io.github.zhifa.core.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A citation of a legal provision (法律依据): law, article (条), paragraph (款) and item (项). Immutable.
 *
 * @param law the name of the law or regulation, e.g. 中华人民共和国行政处罚法
 * @param article the article number (第N条), 1 or more
 * @param paragraph the paragraph number (第N款), or {@code null}
 * @param item the item number (第（N）项), or {@code null}
 */
public record LegalBasisCitation(
        @NotBlank(message = "{zhifa.ZHIFA-VAL-001}") @Size(max = 200, message = "{zhifa.ZHIFA-VAL-002}") String law,
        @Positive(message = "{zhifa.ZHIFA-VAL-005}") int article,
        @Positive(message = "{zhifa.ZHIFA-VAL-005}") Integer paragraph,
        @Positive(message = "{zhifa.ZHIFA-VAL-005}") Integer item) {

    /**
     * A citation of a whole article.
     *
     * @param law the law
     * @param article the article number
     * @return the citation
     */
    public static LegalBasisCitation of(String law, int article) {
        return new LegalBasisCitation(law, article, null, null);
    }

    /**
     * The citation as written in Chinese documents, e.g. 《中华人民共和国行政处罚法》第五十八条第一款第（三）项.
     *
     * @return the Chinese citation
     */
    public String toChinese() {
        StringBuilder b = new StringBuilder();
        b.append('《')
                .append(law)
                .append('》')
                .append('第')
                .append(ChineseNumerals.of(article))
                .append('条');
        if (paragraph != null) {
            b.append('第').append(ChineseNumerals.of(paragraph)).append('款');
        }
        if (item != null) {
            b.append("第（").append(ChineseNumerals.of(item)).append("）项");
        }
        return b.toString();
    }
}
