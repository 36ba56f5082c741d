package io.github.zhifa.examples.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.core.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateDecisionTest {
    @Test
    void showsBothMistakesWithoutThePersonalData() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Violation> found;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            found = ValidateDecision.run(out);
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(found).extracting(Violation::path).containsExactly("party.idNumber", "servedDate");
        assertThat(shown)
                .startsWith("退回修改: 厦思市监罚〔2024〕12号 (2 problems)")
                .contains("ERROR ZHIFA-ID-006 party.idNumber: 校验码（第18位）为“1”，应为“X”")
                .contains("ERROR ZHIFA-VAL-102 servedDate: 送达日期早于决定日期 | the decision was served before it was made")
                .contains("legal basis: 《中华人民共和国行政处罚法》第九条第（二）项")
                .doesNotContain("110105194912310021");
    }
}
