package io.github.zhifa.cli.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.cli.Cli;
import io.github.zhifa.cli.TestSchedules;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void days() {
        assertThat(run("calendar", "days", "--from", "2024-09-27", "--to", "2024-10-01"))
                .isZero();
        assertThat(out.toString().lines())
                .containsExactly(
                        "2024-09-27\tworking\tworkday\t",
                        "2024-09-28\trest\tweekend\t",
                        "2024-09-29\tworking\tmakeup-workday\t国庆节",
                        "2024-09-30\tworking\tworkday\t",
                        "2024-10-01\trest\tholiday\t国庆节");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void daysJson() {
        assertThat(run("calendar", "days", "--from", "2013-04-07", "--to", "2013-04-07", "--json"))
                .isZero();
        JsonNode a =
                ZhifaJson.readTree(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "stdout");
        assertThat(a.size()).isEqualTo(1);
        assertThat(a.get(0).get("date").asText()).isEqualTo("2013-04-07");
        assertThat(a.get(0).get("working").asBoolean()).isTrue();
        assertThat(a.get(0).get("kind").asText()).isEqualTo("makeup-workday");
        assertThat(a.get(0).get("notice").asText()).isEqualTo("国办发明电〔2012〕33号");
    }

    @Test
    void outsideCoverageIsExit3WithTheMessageOnStderr() {
        assertThat(run("calendar", "days", "--from", "2026-12-30", "--to", "2027-01-02"))
                .isEqualTo(3);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("2027").contains("2004–2026");
    }

    @Test
    void assumePlainWeekendsSaysSo() {
        assertThat(run("calendar", "days", "--from", "2027-01-01", "--to", "2027-01-01", "--assume-plain-weekends"))
                .isZero();
        assertThat(out.toString())
                .isEqualTo("2027-01-01\tworking\tworkday\t\t(assumed: no official schedule)" + System.lineSeparator());
    }

    @Test
    void assumeStatutoryHolidaysSaysSo() {
        assertThat(run("calendar", "days", "--from", "2027-01-01", "--to", "2027-01-04", "--assume-statutory-holidays"))
                .isZero();
        String note = "\t(assumed: no official schedule; 放假办法 art. 2 statutory holidays and weekends)";
        assertThat(out.toString().lines())
                .containsExactly(
                        "2027-01-01\trest\tholiday\t元旦" + note,
                        "2027-01-02\trest\tweekend\t" + note,
                        "2027-01-03\trest\tweekend\t" + note,
                        "2027-01-04\tworking\tworkday\t" + note);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void assumeStatutoryHolidaysDeadline() {
        // 2026-12-28 (Mon) + 7 working days: 12-29..31, 2027-01-01 元旦 skipped, 01-04..07
        assertThat(run(
                        "calendar",
                        "deadline",
                        "--after",
                        "2026-12-28",
                        "--working-days",
                        "7",
                        "--explain",
                        "--assume-statutory-holidays"))
                .isZero();
        var lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("2027-01-07");
        assertThat(lines.get(1))
                .contains("2027-01-01 元旦 (assumed)")
                .contains("ASSUMED weekends and the statutory holidays of 全国年节及纪念日放假办法 art. 2");
        assertThat(lines.get(2)).contains("第二条");
    }

    @Test
    void assumeStatutoryHolidaysJsonAndLimits() {
        assertThat(run(
                        "calendar",
                        "days",
                        "--from",
                        "2027-02-05",
                        "--to",
                        "2027-02-05",
                        "--json",
                        "--assume-statutory-holidays"))
                .isZero();
        JsonNode day = ZhifaJson.readTree(
                        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "stdout")
                .get(0);
        assertThat(day.get("name").asText()).isEqualTo("春节");
        assertThat(day.get("statutory").asBoolean()).isTrue();
        assertThat(day.get("assumed").asBoolean()).isTrue();
        assertThat(day.get("notice").asText()).contains("第二条");
        // beyond the table's horizon: refused like strict (exit 3)
        assertThat(run("calendar", "days", "--from", "2051-01-01", "--to", "2051-01-01", "--assume-statutory-holidays"))
                .isEqualTo(3);
    }

    @Test
    void theTwoAssumptionsExcludeEachOther() {
        assertThat(run(
                        "calendar",
                        "days",
                        "--from",
                        "2027-01-01",
                        "--to",
                        "2027-01-01",
                        "--assume-plain-weekends",
                        "--assume-statutory-holidays"))
                .isEqualTo(2);
        assertThat(err.toString().strip().lines())
                .containsExactly(
                        "zhifa: --assume-plain-weekends and --assume-statutory-holidays are mutually exclusive");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void deadlineWorkingDays() {
        assertThat(run("calendar", "deadline", "--after", "2024-09-27", "--working-days", "7"))
                .isZero();
        assertThat(out.toString()).isEqualTo("2024-10-12" + System.lineSeparator());
    }

    @Test
    void deadlineExplained() {
        assertThat(run("calendar", "deadline", "--after", "2024-09-21", "--calendar-days", "10", "--explain"))
                .isZero();
        var lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("2024-10-08");
        assertThat(lines.get(1)).contains("2024-10-01 is a rest day").contains("2024-10-01..07 国庆节");
        assertThat(lines.get(2))
                .startsWith("2024-10-08（星期二）为期限最后一日：2024-09-21后10日")
                .contains("民法典第二百零三条");
        assertThat(lines).hasSize(3);
    }

    @Test
    void deadlineMonthsAndJson() {
        assertThat(run("calendar", "deadline", "--after", "2024-01-31", "--months", "1"))
                .isZero();
        assertThat(out.toString().lines().findFirst()).contains("2024-02-29");
        out.getBuffer().setLength(0);
        assertThat(run("calendar", "deadline", "--after", "2024-09-27", "--working-days", "7", "--json"))
                .isZero();
        JsonNode j =
                ZhifaJson.readTree(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "stdout");
        assertThat(j.get("end").asText()).isEqualTo("2024-10-12");
        assertThat(j.get("skipped").get(1).get("name").asText()).isEqualTo("国庆节");
    }

    @Test
    void noticeBy() {
        assertThat(run("calendar", "notice-by", "--event", "2024-10-09", "--working-days", "5"))
                .isZero();
        assertThat(out.toString()).isEqualTo("2024-09-26" + System.lineSeparator());
    }

    @Test
    void coverage() {
        assertThat(run("calendar", "coverage")).isZero();
        var lines = out.toString().lines().toList();
        assertThat(lines).hasSize(23);
        assertThat(lines.get(0)).startsWith("2004\t");
        assertThat(lines).contains("2020\t国办发明电〔2019〕16号, 国办发明电〔2020〕1号\ttext");
        assertThat(lines.get(22)).startsWith("2026\t国办发明电〔2025〕7号");
    }

    @Test
    void extraScheduleFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("y2027.schedule");
        Files.writeString(
                f,
                "zhifa-schedule 1\nscope national\nyear 2027 notice=TEST\n"
                        + "block 2027-01-01 元旦 statutory=2027-01-01\n");
        assertThat(run("calendar", "coverage", "--schedule", f.toString())).isZero();
        assertThat(out.toString().lines().toList()).last().isEqualTo("2027\tTEST\tno");
    }

    @Test
    void badInputIsExit2OnOneLine() {
        assertThat(run("calendar", "deadline", "--after", "2024-02-30", "--working-days", "7"))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        err.getBuffer().setLength(0);
        assertThat(run("calendar", "deadline", "--after", "2024-02-01", "--working-days", "7", "--months", "1"))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        err.getBuffer().setLength(0);
        assertThat(run("calendar", "deadline", "--after", "2024-02-01", "--working-days", "-1"))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        err.getBuffer().setLength(0);
        assertThat(run("calendar", "days", "--from", "2024-02-10", "--to", "2024-02-01"))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        err.getBuffer().setLength(0);
        assertThat(run("calendar")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void aBadScheduleFileIsExit2NamingTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.schedule");
        Files.writeString(f, "zhifa-schedule 1\nscope national\nyear 2027\n");
        assertThat(run("calendar", "coverage", "--schedule", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.schedule:3");
    }

    @Test
    void aRegionalOverlayAddsItsRestDays(@TempDir Path dir) throws IOException {
        Path region = TestSchedules.regionWithRestDayOn20241008(dir);
        assertThat(run("calendar", "days", "--from", "2024-10-08", "--to", "2024-10-08", "--region", region.toString()))
                .isZero();
        assertThat(out.toString()).contains("2024-10-08").contains("测试休息日");
    }

    @Test
    void anExtraScheduleCountsInDeadlines(@TempDir Path dir) throws IOException {
        assertThat(run("calendar", "days", "--from", "2027-01-01", "--to", "2027-01-04"))
                .isEqualTo(3);
        out.getBuffer().setLength(0);
        Path y2027 = TestSchedules.national2027(dir);
        assertThat(run(
                        "calendar",
                        "deadline",
                        "--after",
                        "2026-12-31",
                        "--working-days",
                        "1",
                        "--schedule",
                        y2027.toString()))
                .isZero();
        assertThat(out.toString().lines().findFirst()).contains("2027-01-04"); // Mon after 元旦 2027-01-01..03
    }
}
