package io.github.zhifa.cli.demo;

import io.github.zhifa.cli.disclosure.ValidateCommand;
import io.github.zhifa.disclosure.BatchResult;
import io.github.zhifa.disclosure.DisclosureDeadlines;
import io.github.zhifa.disclosure.DisclosureSamples;
import io.github.zhifa.disclosure.DisclosureValidator;
import io.github.zhifa.disclosure.ParsedBatch;
import io.github.zhifa.disclosure.PenaltyRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

/** Demo step: validates the bundled 双公示 and general samples, valid and invalid, and shows a deadline. */
final class DisclosureDemo implements DemoStep {
    @Override
    public String title() {
        return "disclosure: validating 双公示 records before publishing";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        DisclosureDeadlines deadlines = DisclosureDeadlines.standard();
        DisclosureValidator validator =
                DisclosureValidator.builder().deadlines(deadlines).build();
        for (String name : DisclosureSamples.names()) {
            ParsedBatch batch = DisclosureSamples.read(name);
            BatchResult result = validator.validate(batch, null);
            ValidateCommand.print(out, batch, result);
            out.println();
        }
        PenaltyRecord first = (PenaltyRecord)
                DisclosureSamples.read("penalty-valid.json").records().get(0).record();
        out.println("deadline: a penalty decided on " + first.decisionDate() + " must be published by "
                + deadlines.publicationDeadline(first) + " ("
                + deadlines.publicationRule(first).workingDays()
                + " working days on the official calendar; 29 Sep and 12 Oct 2024 were make-up workdays)");
        LocalDate late = LocalDate.of(2024, 10, 14);
        out.println("published on " + late + ": "
                + validator.validate(first, late).stream()
                        .filter(v -> v.code().equals("ZHIFA-DIS-070"))
                        .findFirst()
                        .map(v -> v.code() + " " + v.messageEn())
                        .orElse("on time"));
    }
}
