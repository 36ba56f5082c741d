package io.github.zhifa.examples.readme;

import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.LegalPeriod;
import io.github.zhifa.core.domain.Decision;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.core.validation.ZhifaValidation;
import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Evaluation;
import io.github.zhifa.review.RuleSet;
import io.github.zhifa.review.Topic;
import java.nio.file.Path;

/**
 * The "ten lines" of the root README, compiled and run by a test so that the README cannot drift from the API.
 *
 * <p>Usage: {@code ReadmeSample DECISION.json CASE.json}.
 */
public final class ReadmeSample {
    private ReadmeSample() {}

    /**
     * Runs the README sample.
     *
     * @param args the decision file and the case-facts file
     */
    public static void main(String[] args) {
        run(Path.of(args[0]), Path.of(args[1]));
    }

    static void run(Path decisionFile, Path caseFile) {
        // --- README: Ten lines (keep in sync) ---
        Decision decision = ZhifaJson.read(decisionFile, Decision.class); // strict, errors say where
        for (Violation v : ZhifaValidation.validate(decision)) { // every problem, not the first
            System.out.println(
                    v.severity() + " " + v.code() + " " + v.path() + " " + v.messageZh() + " | " + v.messageEn());
        }
        ChinaCalendar cal = ChinaCalendar.official();
        Deadline due = LegalPeriod.workingDays(7).after(decision.decisionDate(), cal); // publish within 7 working days
        System.out.println(due.end() + ": " + due.explanation());
        Evaluation review = RuleSet.bundled().evaluate(CaseFacts.read(caseFile));
        System.out.println(review.outcome(Topic.LEGAL_REVIEW)); // REQUIRED / NOT_REQUIRED / UNDETERMINED
        // --- end ---
    }
}
