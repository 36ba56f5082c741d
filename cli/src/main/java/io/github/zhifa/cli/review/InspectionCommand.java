package io.github.zhifa.cli.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.review.inspection.Inspection;
import io.github.zhifa.review.inspection.InspectionReport;
import io.github.zhifa.review.inspection.InspectionRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa review inspection}: was an inspection approved and noticed in time? */
@Command(
        name = "inspection",
        mixinStandardHelpOptions = true,
        description = {
            "Check an inspection file: approval, notice, advance notice in working days (exempt kinds),",
            "urgent on-site inspections and the annual cap per enterprise.",
            "Exit codes: 0 compliant, 1 a rule breached, 2 bad input, 3 calendar data unavailable."
        })
public final class InspectionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INSPECTION.json", description = "the inspection file (see review-rules/README.md)")
    Path file;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Inspection.File f = Inspection.read(file);
        InspectionReport r = InspectionRules.of(f.policy()).check(f.inspection());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = ZhifaJson.mapper().createObjectNode();
            o.put("compliant", r.compliant());
            r.noticeDeadline().ifPresent(d -> {
                o.put("noticeBy", d.end().toString());
                o.put("noticeExplanation", d.summary());
            });
            ArrayNode fs = o.putArray("findings");
            for (Violation v : r.findings()) {
                ObjectNode vo = fs.addObject();
                vo.put("code", v.code());
                vo.put("path", v.path());
                vo.put("severity", v.severity().name());
                vo.put("messageZh", v.messageZh());
                vo.put("messageEn", v.messageEn());
            }
            ArrayNode notes = o.putArray("notes");
            r.notes().forEach(notes::add);
            out.println(ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            Inspection i = f.inspection();
            out.println("inspection " + i.inspectionDate() + " (" + i.kind().zh() + (i.urgent() ? ", 紧急" : "") + "): "
                    + (r.compliant() ? "compliant" : "NOT compliant"));
            r.noticeDeadline().ifPresent(d -> out.println("  notice by " + d.end() + ": " + d.summary()));
            r.notes().forEach(n -> out.println("  note: " + n));
            for (Violation v : r.findings()) {
                out.println("  " + v.severity() + " " + v.code() + " " + v.path() + ": " + v.messageZh() + " / "
                        + v.messageEn());
            }
        }
        out.flush();
        return r.compliant() ? ExitCode.OK : ExitCode.FINDING;
    }
}
