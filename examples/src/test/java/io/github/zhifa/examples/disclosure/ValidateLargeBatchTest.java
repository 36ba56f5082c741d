package io.github.zhifa.examples.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValidateLargeBatchTest {
    @Test
    void streamsTenThousandRecordsAndKeepsOnlyAFewInvalidOnes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValidateLargeBatch.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        // the four samples cycled: two valid (decided 27 and 30 Sep; published 12 Oct, due 12 and 14 Oct), two
        // invalid (licensing-invalid.csv, e.g. a licence that ends before it starts)
        assertThat(out).startsWith("10000 records, 5000 valid, 5000 invalid");
        assertThat(out.lines().filter(l -> l.startsWith("line ")).count()).isEqualTo(3);
        assertThat(out).contains("ZHIFA-DIS-041 XK_YXQZI");
    }
}
