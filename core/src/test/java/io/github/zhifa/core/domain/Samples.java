package io.github.zhifa.core.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Sample decisions for tests. The body's credit code is fictitious (check character computed for the sample); the
 * party's code is GB 32100's own example; the natural person's ID is GB 11643's example with its check character
 * changed, so it is nobody's number.
 */
public final class Samples {
    private Samples() {}

    /** Two officers qualified from 2022 to 2026. */
    public static List<Officer> officers() {
        return List.of(
                new Officer("陈明", "35020319001", LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)),
                new Officer("林华", "35020319002", LocalDate.of(2022, 1, 1), null));
    }

    /** A valid penalty decision against a legal person. */
    public static Decision valid() {
        return new Decision(
                "厦思市监罚〔2024〕12号",
                EnforcementCategory.PENALTY,
                new EnforcementBody("厦门市思明区市场监督管理局", "11350203MB0123456M", "350203"),
                officers(),
                Party.legalPerson("厦门示例贸易有限公司", "91350100M000100Y43"),
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 15),
                LocalDate.of(2024, 4, 17),
                "警告，并处罚款人民币五千元",
                List.of(
                        new LegalBasisCitation("中华人民共和国行政处罚法", 9, null, 2),
                        new LegalBasisCitation("中华人民共和国行政处罚法", 28, 1, null)));
    }

    /** A penalty decision with several problems. */
    public static Decision invalid() {
        return new Decision(
                "厦思市监罚2024-12",
                EnforcementCategory.PENALTY,
                new EnforcementBody("厦门市思明区市场监督管理局", "11350203MB0123456N", "35020"),
                List.of(new Officer("陈明", "35020319001", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31))),
                Party.naturalPerson("张三", "110105194912310021"),
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 15),
                LocalDate.of(2024, 4, 10),
                "警告",
                List.of());
    }
}
