package io.github.zhifa.cli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.cli.Cli;
import io.github.zhifa.cli.TestSchedules;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.disclosure.DisclosureDeadlines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code zhifa disclosure deadline} and {@code withdrawal}, on the State Council's 2024 and 2025 holiday notices
 * (国办发明电〔2023〕7号: 国庆节 2024-10-01..07, make-up workdays Sun 2024-09-29 and Sat 2024-10-12; 国办发明电〔2024〕12号:
 * 春节 2025-01-28..02-04, make-up workdays Sun 2025-01-26 and Sat 2025-02-08; 劳动节 2025-05-01..05, make-up workday
 * Sun 2025-04-27).
 */
class DeadlineCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    private JsonNode json() {
        return ZhifaJson.readTree(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "out");
    }

    /*
     * Counted by hand from the notices (the start day is not counted; make-up workdays count):
     * revoked Mon 2024-09-30: 10-01..07 holiday, 10-08 (1), 10-09 (2), 10-10 (3).
     * revoked Fri 2024-10-11: 10-12 make-up Saturday (1), 10-14 Mon (2), 10-15 (3).
     * revoked Fri 2025-01-24: 01-26 make-up Sunday (1), 01-27 (2), 01-28..02-04 春节, 02-05 (3).
     * revoked Tue 2025-04-29: 04-30 (1), 05-01..05 劳动节, 05-06 (2), 05-07 (3).
     * revoked Thu 2025-06-26: 06-27 (1), weekend, 06-30 (2), 07-01 (3).
     */
    @ParameterizedTest(name = "revoked {0} → {1}")
    @CsvSource({
        "2024-09-30, 2024-10-10, 国庆节",
        "2024-10-11, 2024-10-15, 2024-10-12",
        "2025-01-24, 2025-02-05, 春节",
        "2025-04-29, 2025-05-07, 劳动节",
        "2025-06-26, 2025-07-01, weekend"
    })
    void withdrawalDeadlineIsTheThirdWorkingDayAfterTheRevocation(String revoked, String due, String why) {
        assertThat(run("disclosure", "withdrawal", "--revoked-on", revoked)).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).isEqualTo(due);
        assertThat(lines[1]).startsWith("rule withdraw: 3 working days after the revocation (行政处罚法第四十八条");
        assertThat(out.toString()).contains(why);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aWithdrawalOnTheLastDayIsOnTime() {
        assertThat(run("disclosure", "withdrawal", "--revoked-on", "2024-09-30", "--withdrawn-on", "2024-10-10"))
                .isZero();
        assertThat(out.toString())
                .contains("skipped 2024-10-01..07 国庆节")
                .contains("跳过 2024-10-01..07 国庆节")
                .contains("withdrawn on 2024-10-10: on time (due by 2024-10-10)");
    }

    @Test
    void aWithdrawalTheDayAfterIsAFinding() {
        assertThat(run("disclosure", "withdrawal", "--revoked-on", "2024-09-30", "--withdrawn-on", "2024-10-11"))
                .isEqualTo(1);
        assertThat(out.toString())
                .contains("withdrawn on 2024-10-11: LATE")
                .contains("ERROR   ZHIFA-DIS-071 withdrawnOn")
                .contains("至2024-10-10");
    }

    @Test
    void withdrawalAsJson() {
        assertThat(run(
                        "disclosure",
                        "withdrawal",
                        "--revoked-on",
                        "2024-09-30",
                        "--withdrawn-on",
                        "2024-10-12",
                        "--json"))
                .isEqualTo(1);
        JsonNode root = json();
        assertThat(root.get("revokedOn").asText()).isEqualTo("2024-09-30");
        assertThat(root.get("due").asText()).isEqualTo("2024-10-10");
        assertThat(root.get("rule").get("workingDays").asInt()).isEqualTo(3);
        assertThat(root.get("skipped").get(0).get("first").asText()).isEqualTo("2024-10-01");
        assertThat(root.get("skipped").get(0).get("last").asText()).isEqualTo("2024-10-07");
        assertThat(root.get("skipped").get(0).get("name").asText()).isEqualTo("国庆节");
        assertThat(root.get("onTime").asBoolean()).isFalse();
        assertThat(root.get("violations").get(0).get("code").asText()).isEqualTo("ZHIFA-DIS-071");
    }

    @Test
    void publicationDeadlineOfAPenaltyCountsBothMakeupWorkdays() {
        // decided Fri 2024-09-27: 09-29 make-up Sunday (1), 09-30 (2), 10-01..07 国庆节, 10-08..11 (3-6),
        // 10-12 make-up Saturday (7)
        assertThat(run("disclosure", "deadline", "--kind", "penalty", "--decided", "2024-09-27"))
                .isZero();
        assertThat(out.toString().lines().findFirst()).contains("2024-10-12");
        assertThat(out.toString())
                .contains("rule publish-penalty: 7 working days after the decision")
                .contains("make-up workdays counted: 2024-09-29, 2024-10-12");
    }

    @Test
    void aLatePublicationIsAFinding() {
        assertThat(run(
                        "disclosure",
                        "deadline",
                        "--kind",
                        "licensing",
                        "--decided",
                        "2024-09-27",
                        "--published-on",
                        "2024-10-14"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("LATE").contains("ZHIFA-DIS-070 publishedOn");
    }

    @Test
    void otherDecisionsHaveTwentyWorkingDays() {
        // decided Mon 2025-01-20: 01-21..24 (1-4), 01-26 make-up Sunday (5), 01-27 (6), 01-28..02-04 春节,
        // 02-05..07 (7-9), 02-08 make-up Saturday (10), 02-10..14 (11-15), 02-17..21 (16-20)
        assertThat(run(
                        "disclosure",
                        "deadline",
                        "--kind",
                        "general",
                        "--decided",
                        "2025-01-20",
                        "--published-on",
                        "2025-02-21",
                        "--json"))
                .isZero();
        JsonNode root = json();
        assertThat(root.get("due").asText()).isEqualTo("2025-02-21");
        assertThat(root.get("rule").get("id").asText()).isEqualTo("publish-other");
        assertThat(root.get("onTime").asBoolean()).isTrue();
        assertThat(root.get("makeupWorkdaysCounted").toString()).isEqualTo("[\"2025-01-26\",\"2025-02-08\"]");
    }

    @Test
    void ownRulesFileSetsTheWithdrawalDays() throws IOException {
        String bundled;
        try (InputStream in = DisclosureDeadlines.class.getResourceAsStream("disclosure-rules.json")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path rules = Files.writeString(
                dir.resolve("rules.json"),
                bundled.replace("\"workingDays\": 3,", "\"workingDays\": 1,"),
                StandardCharsets.UTF_8);
        assertThat(run("disclosure", "withdrawal", "--revoked-on", "2024-09-30", "--rules", rules.toString()))
                .isZero();
        assertThat(out.toString()).startsWith("2024-10-08").contains("rule withdraw: 1 working days");
    }

    @Test
    void outsideTheCalendarIsExitThree() {
        assertThat(run("disclosure", "withdrawal", "--revoked-on", "2035-01-02"))
                .isEqualTo(3);
        assertThat(err.toString()).startsWith("zhifa: ZHIFA-CAL-");
        assertThat(err.toString().strip()).doesNotContain("\n");
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(run("disclosure", "withdrawal")).isEqualTo(2);
        assertThat(run("disclosure", "withdrawal", "--revoked-on", "2024-02-30"))
                .isEqualTo(2);
        assertThat(run("disclosure", "deadline", "--decided", "2024-09-27")).isEqualTo(2);
        assertThat(run("disclosure", "deadline", "--kind", "fine", "--decided", "2024-09-27"))
                .isEqualTo(2);
        assertThat(run("disclosure", "withdrawal", "--revoked-on", "2024-09-30", "--rules", "/no/such/rules.json"))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(5).allMatch(l -> l.startsWith("zhifa: "));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aRegionalOverlayReachesThePublicationDeadline() throws IOException {
        Path region = TestSchedules.regionWithRestDayOn20241008(dir);
        // decided Fri 2024-09-27: 09-29 make-up Sunday (1), 09-30 (2), 国庆节, 10-08 regional rest day, 10-09..11 (3-5),
        // 10-12 make-up Saturday (6), 10-14 Mon (7)
        assertThat(run(
                        "disclosure",
                        "deadline",
                        "--kind",
                        "penalty",
                        "--decided",
                        "2024-09-27",
                        "--region",
                        region.toString(),
                        "--published-on",
                        "2024-10-14"))
                .isZero();
        assertThat(out.toString().lines().findFirst()).contains("2024-10-14");
        assertThat(out.toString()).contains("测试休息日").contains("on time");
        StringWriter cal = new StringWriter();
        Cli.commandLine(new PrintWriter(cal, true), new PrintWriter(err, true))
                .execute(
                        "calendar",
                        "deadline",
                        "--after",
                        "2024-09-27",
                        "--working-days",
                        "7",
                        "--region",
                        region.toString());
        assertThat(cal.toString().lines().findFirst()).contains("2024-10-14"); // the same count as the calendar's
    }

    @Test
    void anExtraScheduleExtendsTheYearsCovered() throws IOException {
        // decided Thu 2026-12-24: 12-25 (1), 12-28..31 (2-5), 2027-01-01..03 元旦, 01-04 (6), 01-05 (7)
        assertThat(run("disclosure", "deadline", "--kind", "penalty", "--decided", "2026-12-24"))
                .isEqualTo(3);
        assertThat(err.toString()).contains("2027");
        out.getBuffer().setLength(0);
        Path y2027 = TestSchedules.national2027(dir);
        assertThat(run(
                        "disclosure",
                        "deadline",
                        "--kind",
                        "penalty",
                        "--decided",
                        "2026-12-24",
                        "--schedule",
                        y2027.toString()))
                .isZero();
        assertThat(out.toString().lines().findFirst()).contains("2027-01-05");
    }

    @Test
    void withdrawalTakesTheCalendarOptionsToo() throws IOException {
        Path region = TestSchedules.regionWithRestDayOn20241008(dir);
        // revoked Mon 2024-09-30: 国庆节, 10-08 regional rest day, 10-09 (1), 10-10 (2), 10-11 (3)
        assertThat(run("disclosure", "withdrawal", "--revoked-on", "2024-09-30", "--region", region.toString()))
                .isZero();
        assertThat(out.toString().lines().findFirst()).contains("2024-10-11");
    }

    @Test
    void aMissingScheduleFileIsAUsageError() {
        assertThat(run(
                        "disclosure",
                        "deadline",
                        "--kind",
                        "penalty",
                        "--decided",
                        "2024-09-27",
                        "--schedule",
                        dir.resolve("missing.schedule").toString()))
                .isEqualTo(2);
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(err.toString()).contains("missing.schedule");
    }

    @Test
    void aPublicationBeforeTheDecisionOrAWithdrawalBeforeTheRevocationIsNotOnTime() {
        assertThat(run(
                        "disclosure",
                        "deadline",
                        "--kind",
                        "penalty",
                        "--decided",
                        "2024-09-27",
                        "--published-on",
                        "2024-09-01"))
                .isEqualTo(1);
        assertThat(out.toString())
                .contains("published on 2024-09-01: before the decision itself (2024-09-27)")
                .contains("ZHIFA-DIS-040 publishedOn")
                .doesNotContain("on time");
        out.getBuffer().setLength(0);
        assertThat(run("disclosure", "withdrawal", "--revoked-on", "2024-09-30", "--withdrawn-on", "2024-09-29"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("ZHIFA-DIS-040 withdrawnOn").contains("撤回日期2024-09-29早于撤销日期2024-09-30");
    }
}
