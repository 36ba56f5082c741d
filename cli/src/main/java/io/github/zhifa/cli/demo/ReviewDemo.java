package io.github.zhifa.cli.demo;

import io.github.zhifa.cli.review.EvaluationView;
import io.github.zhifa.review.Evaluation;
import io.github.zhifa.review.ExampleCases;
import io.github.zhifa.review.RuleSet;
import io.github.zhifa.review.Topic;
import io.github.zhifa.review.hearing.HearingTiming;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

/** Demo step: review-rules: does this decision need legal review? */
final class ReviewDemo implements DemoStep {
    static final String EXAMPLE = "review-public-interest";

    @Override
    public String title() {
        return "review-rules: does this decision need legal review?";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        out.println("bundled example case '" + EXAMPLE + "' (a fine and an order to suspend production, major public"
                + " interest), against the national baseline and overlays:");
        Evaluation e = RuleSet.bundled().evaluate(ExampleCases.load(EXAMPLE));
        EvaluationView.text(e, out, false);
        out.println("=> 法制审核 " + e.outcome(Topic.LEGAL_REVIEW) + ", 告知听证权利 " + e.outcome(Topic.HEARING_NOTICE));
        LocalDate told = e.facts().decisionDate().minusDays(14);
        out.println("hearing timing (行政处罚法 art. 64, working days): told of the right on " + told
                + ", the party may ask until "
                + HearingTiming.official().requestDeadline(told).end());
    }
}
