package io.github.zhifa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Schedule files for the {@code --region} and {@code --schedule} options of the commands that count working days.
 * Both are illustrative, cite no notice and are marked so ({@code notice=TEST…}); they exist to show that the option
 * reaches the count.
 */
public final class TestSchedules {
    private TestSchedules() {}

    /**
     * A regional overlay with one extra rest day, Tuesday 2024-10-08 (the first working day after 国庆节 2024): seven
     * working days after Friday 2024-09-27 then end on Monday 2024-10-14 instead of the make-up Saturday 2024-10-12.
     *
     * @param dir where to write it
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path regionWithRestDayOn20241008(Path dir) throws IOException {
        return Files.writeString(
                dir.resolve("region-test.schedule"),
                """
                zhifa-schedule 1
                scope region 450000 广西壮族自治区
                year 2024 notice=TEST-REGION
                block 2024-10-08 测试休息日 statutory=2024-10-08
                """,
                StandardCharsets.UTF_8);
    }

    /**
     * A national schedule for 2027, a year the bundled data does not cover yet, with only 元旦 on Friday 2027-01-01
     * (so 2027-01-01..03 are rest days).
     *
     * @param dir where to write it
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path national2027(Path dir) throws IOException {
        return Files.writeString(
                dir.resolve("y2027-test.schedule"),
                """
                zhifa-schedule 1
                scope national
                year 2027 notice=TEST-2027 checked=no
                block 2027-01-01..2027-01-03 元旦 statutory=2027-01-01
                """,
                StandardCharsets.UTF_8);
    }
}
