package io.github.zhifa.cli.calendar;

import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.Coverage;
import io.github.zhifa.cli.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhifa calendar coverage}: the years covered and their notices. */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = {
            "print the years covered, one per line, tab-separated: YEAR  NOTICE[, NOTICE...]  CHECKED",
            "CHECKED: text (compared with the notice text), dates (dates compared, number not seen), no (not compared)"
        })
final class CoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions options;

    @Option(names = "--json", description = "JSON output")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ChinaCalendar cal = options.calendar();
        Coverage c = cal.coverage();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("firstYear", c.firstYear());
            m.put("lastYear", c.lastYear());
            m.put(
                    "outsideCoverage",
                    c.outsidePolicy().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            List<Map<String, Object>> years = new ArrayList<>();
            for (Coverage.CoveredYear y : c.years()) {
                Map<String, Object> ym = new LinkedHashMap<>();
                ym.put("year", y.year());
                ym.put("notices", y.notices());
                ym.put("checked", y.checked());
                years.add(ym);
            }
            m.put("years", years);
            out.println(CalendarJson.write(m));
            return ExitCode.OK;
        }
        for (Coverage.CoveredYear y : c.years()) {
            out.println(y.year() + "\t" + String.join(", ", y.notices()) + "\t" + y.checked());
        }
        return ExitCode.OK;
    }
}
