package io.github.zhifa.examples.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValidateBeforePublishingTest {
    @Test
    void showsTheDeadlineTheProblemsAndTheFixedExport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValidateBeforePublishing.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        // 2024-09-27 + 7 working days on the 2024 schedule (29 Sep and 12 Oct worked, 1-7 Oct off)
        assertThat(out).contains("publish by: 2024-10-12");
        assertThat(out)
                .contains("ERROR ZHIFA-DIS-020 CF_XDR_SHXYM")
                .contains("ERROR ZHIFA-DIS-010 CF_NR_FK")
                .contains("ERROR ZHIFA-DIS-070 publishedOn");
        assertThat(out).contains("fixed: valid");
        assertThat(out).contains("CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM").contains(",91110105MA00FJ2K7R,");
        // revoked Mon 2024-09-30; 1-7 Oct 国庆节; 8, 9, 10 Oct are the 3 working days
        assertThat(out).contains("withdraw by: 2024-10-10").contains("跳过 2024-10-01..07 国庆节");
    }
}
