package io.github.zhifa.examples.review;

import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Evaluation;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.Outcome;
import io.github.zhifa.review.PartyCategory;
import io.github.zhifa.review.PenaltyKind;
import io.github.zhifa.review.RuleSet;
import io.github.zhifa.review.Topic;
import io.github.zhifa.review.TopicResult;
import io.github.zhifa.review.hearing.HearingTiming;
import io.github.zhifa.review.process.Checklist;
import io.github.zhifa.review.process.ReviewItem;
import io.github.zhifa.review.process.ReviewOpinion;
import io.github.zhifa.review.process.ReviewProcess;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * A case-handling system asks, before the head of a Chongqing agency signs a penalty decision: does it need legal
 * review, must the party be told of a hearing right, and by when? It first knows only part of the facts, then
 * completes them, runs the review with the checklist, and may decide once the review passes.
 */
public final class LegalReviewExample {
    private LegalReviewExample() {}

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        run(out);
        out.flush();
    }

    /**
     * Runs the example, printing to {@code out}.
     *
     * @param out where to print
     */
    public static void run(PrintWriter out) {
        RuleSet rules = RuleSet.bundled();
        LocalDate decisionDay = LocalDate.of(2024, 9, 30);
        // 1. What the case system knows at first: a fine of 60 000 yuan to a company in Chongqing.
        CaseFacts facts = CaseFacts.builder(decisionDay, Jurisdiction.of("500112", null))
                .category(Fact.DECISION_CATEGORY, io.github.zhifa.review.DecisionCategory.PENALTY)
                .category(Fact.PARTY_CATEGORY, PartyCategory.LEGAL_PERSON)
                .penaltyKinds(EnumSet.of(PenaltyKind.FINE))
                .amount(Fact.FINE_AMOUNT, new BigDecimal("60000"))
                .build();
        Evaluation first = rules.evaluate(facts);
        print(out, "first look", first);

        // 2. The handler answers the questions the evaluation listed.
        CaseFacts complete = facts;
        for (Fact f : first.topic(Topic.LEGAL_REVIEW).missing()) {
            complete = complete.with(f, f == Fact.COMPLEX); // the case is complex, nothing else applies
        }
        Evaluation second = rules.evaluate(complete);
        print(out, "complete", second);

        // 3. The hearing right must be notified: the party has 5 working days to ask (行政处罚法 arts. 64, 85).
        if (second.outcome(Topic.HEARING_NOTICE) == Outcome.REQUIRED) {
            LocalDate told = LocalDate.of(2024, 9, 27);
            out.println("hearing: told " + told + ", request by "
                    + HearingTiming.official().requestDeadline(told).end());
        }

        // 4. The review itself: the first opinion finds a problem, the resubmission is agreed.
        if (second.outcome(Topic.LEGAL_REVIEW) == Outcome.REQUIRED) {
            ReviewOpinion problems = Checklist.empty()
                    .passAll()
                    .problem(ReviewItem.DISCRETION, "罚款数额未说明裁量基准的适用")
                    .opinion(LocalDate.of(2024, 10, 8), 1);
            ReviewProcess p = ReviewProcess.submit(LocalDate.of(2024, 10, 8)).opinion(problems);
            out.println("review round 1: " + problems.conclusion().zh() + " — "
                    + problems.findings().get(0).item().zh() + ": "
                    + problems.findings().get(0).text());
            p = p.resubmit(LocalDate.of(2024, 10, 9))
                    .opinion(Checklist.empty().passAll().opinion(LocalDate.of(2024, 10, 10), 2));
            out.println("review round 2: "
                    + p.latestOpinion().orElseThrow().conclusion().zh() + "; may decide: " + p.mayDecide());
        }
    }

    private static void print(PrintWriter out, String label, Evaluation e) {
        for (Topic t : EnumSet.of(Topic.LEGAL_REVIEW, Topic.HEARING_NOTICE)) {
            TopicResult r = e.topic(t);
            out.println(label + ": " + t.zh() + " " + r.outcome()
                    + (r.missing().isEmpty()
                            ? ""
                            : " missing "
                                    + r.missing().stream()
                                            .sorted()
                                            .map(Fact::jsonName)
                                            .collect(Collectors.joining(",")))
                    + (r.fired().isEmpty()
                            ? ""
                            : " by "
                                    + r.fired().stream()
                                            .map(x -> x.citation().reference())
                                            .collect(Collectors.joining("; "))));
        }
    }
}
