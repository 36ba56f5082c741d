package io.github.zhifa.cli.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.SkippedDays;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.cli.calendar.CalendarOptions;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.disclosure.DeadlineRule;
import io.github.zhifa.disclosure.DisclosureDeadlines;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code disclosure deadline} and {@code disclosure withdrawal} print: the due date, why, and the verdict. */
final class DeadlineReport {
    private DeadlineReport() {}

    static DisclosureDeadlines deadlines(Path rules, CalendarOptions calendar) throws IOException {
        DisclosureDeadlines d = DisclosureDeadlines.of(calendar.calendar());
        if (rules == null) {
            return d;
        }
        if (!Files.isRegularFile(rules)) {
            throw new UsageException(
                    (Files.isDirectory(rules) ? "the rules file is a directory: " : "no such rules file: ") + rules);
        }
        try (InputStream in = Files.newInputStream(rules)) {
            return d.withRules(in, rules.toString());
        }
    }

    /**
     * Prints the report and gives the exit code.
     *
     * @param out where to print
     * @param json JSON or text
     * @param event the event's name in JSON ({@code decidedOn}, {@code revokedOn})
     * @param act what is done by the deadline, in English ({@code published}, {@code withdrawn})
     * @param rule the rule applied
     * @param deadline the deadline
     * @param actualName the actual date's name in JSON ({@code publishedOn}, {@code withdrawnOn})
     * @param actual the actual date, or null
     * @param late the violation if late, else empty
     * @return 0 when on time or no actual date; 1 when late
     */
    static int print(
            PrintWriter out,
            boolean json,
            String event,
            String act,
            DeadlineRule rule,
            Deadline deadline,
            String actualName,
            LocalDate actual,
            List<Violation> late)
            throws JsonProcessingException {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(event, deadline.anchor().toString());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", rule.id());
            r.put("workingDays", rule.workingDays());
            r.put("citation", rule.citation());
            m.put("rule", r);
            m.put("due", deadline.end().toString());
            List<Map<String, Object>> skipped = new ArrayList<>();
            for (SkippedDays s : deadline.skipped()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("first", s.first().toString());
                sm.put("last", s.last().toString());
                sm.put("kind", s.kind().label());
                sm.put("name", s.name());
                sm.put("assumed", s.assumed());
                skipped.add(sm);
            }
            m.put("skipped", skipped);
            m.put(
                    "makeupWorkdaysCounted",
                    deadline.makeupWorkdaysCounted().stream()
                            .map(LocalDate::toString)
                            .toList());
            m.put("explanation", deadline.explanation());
            m.put("explanationZh", deadline.explanationZh());
            if (actual != null) {
                m.put(actualName, actual.toString());
                m.put("onTime", late.isEmpty());
                m.put("violations", late);
            }
            out.println(ZhifaJson.builder().indent().build().writeValueAsString(m));
        } else {
            out.println(deadline.end());
            out.println("rule " + rule.id() + ": " + rule.workingDays() + " working days after the " + eventWord(event)
                    + " (" + rule.citation() + ")");
            out.println(deadline.explanation());
            out.println(deadline.explanationZh());
            if (actual != null) {
                if (late.isEmpty()) {
                    out.println(act + " on " + actual + ": on time (due by " + deadline.end() + ")");
                } else {
                    long days = ChronoUnit.DAYS.between(deadline.end(), actual);
                    out.println(
                            days > 0
                                    ? act + " on " + actual + ": LATE, " + days + " calendar day(s) after "
                                            + deadline.end()
                                    : act + " on " + actual + ": before the " + eventWord(event) + " itself ("
                                            + deadline.anchor() + ")");
                    for (Violation v : late) {
                        out.println("  ERROR   " + v.code() + " " + v.path() + "  " + v.messageZh());
                        out.println("                                " + v.messageEn());
                    }
                }
            }
        }
        out.flush();
        return late.isEmpty() ? ExitCode.OK : ExitCode.FINDING;
    }

    private static String eventWord(String event) {
        return event.equals("revokedOn") ? "revocation" : "decision";
    }
}
