package io.github.zhifa.examples.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicationDeadlineExampleTest {
    @Test
    void showsTheDeadlinesAndTheLateDecision() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PublicationDeadlineExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        // 2024 国庆节 (国办发明电〔2023〕7号): 10-01..07 off, 09-29 and 10-12 worked
        assertThat(out).contains("X市监罚〔2024〕101号: deadline 2024-10-12, published 2024-10-12 — in time");
        assertThat(out)
                .contains("X市监罚〔2024〕102号: deadline 2024-10-12, published 2024-10-14 — LATE by 1 working day(s)");
        // 2025 春节 (国办发明电〔2024〕12号): 01-28..02-04 off, 01-26 and 02-08 worked; counted: 01-26, 01-27, 02-05,
        // 02-06, 02-07, 02-08, 02-10
        assertThat(out).contains("X市监罚〔2025〕007号: deadline 2025-02-10, published 2025-02-07 — in time");
        assertThat(out).contains("skipped 2025-01-28..02-04 春节");
        assertThat(out).contains("coverage 2004–2026 → 2004–2027");
        // 2026-12-25 (Fri) + 7: 28, 29, 30, 31, then 2027-01-01..03 off, 01-04, 05, 06
        assertThat(out).contains("7 working days after 2026-12-25: 2027-01-06");
    }
}
