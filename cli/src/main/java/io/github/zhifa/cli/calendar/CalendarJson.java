package io.github.zhifa.cli.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.zhifa.calendar.DayInfo;
import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.SkippedDays;
import io.github.zhifa.core.json.ZhifaJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of the calendar subcommands (written with the one configured mapper). */
final class CalendarJson {
    private CalendarJson() {}

    static String write(Object value) {
        try {
            return ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> day(DayInfo d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d.date().toString());
        m.put("working", d.workingDay());
        m.put("kind", d.kind().label());
        m.put("name", d.name());
        m.put("statutory", d.statutory());
        m.put("movedRestDay", d.movedRestDay());
        m.put("notice", d.notice());
        m.put("assumed", d.assumed());
        return m;
    }

    static Map<String, Object> deadline(Deadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                d.direction() == Deadline.Direction.AFTER ? "after" : "event",
                d.anchor().toString());
        m.put(
                "period",
                Map.of(
                        "unit",
                        d.period()
                                .unit()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-'),
                        "amount",
                        d.period().amount()));
        m.put(
                d.direction() == Deadline.Direction.AFTER ? "end" : "noticeBy",
                d.end().toString());
        d.nominalEnd().ifPresent(n -> m.put("nominalEnd", n.toString()));
        m.put("extended", d.extended());
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (SkippedDays s : d.skipped()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("first", s.first().toString());
            r.put("last", s.last().toString());
            r.put("kind", s.kind().label());
            r.put("name", s.name());
            r.put("assumed", s.assumed());
            skipped.add(r);
        }
        m.put("skipped", skipped);
        m.put(
                "makeupWorkdaysCounted",
                d.makeupWorkdaysCounted().stream().map(LocalDate::toString).toList());
        m.put("assumedYears", d.assumedYears());
        m.put("explanation", d.explanation());
        m.put("explanationZh", d.explanationZh());
        return m;
    }
}
