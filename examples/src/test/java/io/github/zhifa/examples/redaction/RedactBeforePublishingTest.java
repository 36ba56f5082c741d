package io.github.zhifa.examples.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactBeforePublishingTest {
    @Test
    void publishesNoPersonalDataAndKeepsThePublicParts() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            RedactBeforePublishing.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String shown = buf.toString(StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("张建国", "11010519491231002X", "13900001111", "文三路", "工艺配方K-9");
        assertThat(shown)
                .contains(
                        "当事人：张某，男，1972年8月3日出生，身份证号码：××××，住杭州市西湖区×××，联系电话：××××。",
                        "杭西市监罚〔2024〕88号",
                        "《中华人民共和国食品安全法》第一百二十四条",
                        "罚款人民币20000元",
                        "\"CF_XDR_MC\":\"张某\"",
                        "\"CF_JDRQ\":\"2024-05-06\"",
                        "fields changed: [/CF_XDR_MC, /CF_XDR_ZJHM, /CF_SY]");
        assertThat(shown).containsPattern("RESIDENT_ID \\d+\\+18 -> ×××× #[0-9a-f]{16}");
    }
}
