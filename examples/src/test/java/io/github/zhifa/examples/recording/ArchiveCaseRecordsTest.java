package io.github.zhifa.examples.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCaseRecordsTest {
    @TempDir
    Path tmp;

    @Test
    void packsLogsChecksAndCatchesTheEdit() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ArchiveCaseRecords.run(new PrintStream(buf, true, StandardCharsets.UTF_8), tmp);
        String shown = buf.toString(StandardCharsets.UTF_8);
        assertThat(shown)
                .contains("packed: 2 files")
                .contains("archive check: package valid, in the agency log: true")
                .contains("after the edit: ALTERED data/video/bodycam-1.mp4");
    }
}
