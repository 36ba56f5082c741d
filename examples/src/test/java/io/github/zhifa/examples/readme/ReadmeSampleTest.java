package io.github.zhifa.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ReadmeSampleTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ReadmeSampleTest.class.getResource("/readme/" + name))
                .toURI());
    }

    @Test
    void theReadmeSampleRunsAndShowsWhatTheReadmeSays() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            ReadmeSample.run(resource("decision.json"), resource("case.json"));
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        // the decision is valid: no violation lines; 2024-09-27 + 7 working days is the Saturday make-up workday
        // 2024-10-12 (国办发明电〔2023〕7号), skipping the National Day holiday
        assertThat(out).doesNotContain("ERROR");
        assertThat(out).contains("2024-10-12: ").contains("2024-10-01..07");
        // the case involves a major public interest: 行政处罚法 art. 58(1)(1)
        assertThat(out.strip()).endsWith("REQUIRED");
        assertThat(out).doesNotContain("NOT_REQUIRED");
    }
}
