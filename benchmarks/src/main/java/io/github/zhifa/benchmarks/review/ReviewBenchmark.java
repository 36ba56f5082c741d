package io.github.zhifa.benchmarks.review;

import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Evaluation;
import io.github.zhifa.review.ExampleCases;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Outcome;
import io.github.zhifa.review.PartyCategory;
import io.github.zhifa.review.PenaltyKind;
import io.github.zhifa.review.RuleResult;
import io.github.zhifa.review.RuleSet;
import io.github.zhifa.review.Topic;
import io.github.zhifa.review.TopicResult;
import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluations per second with the national baseline plus one overlay (重庆), on a Chongqing case. Reference point: the
 * same hearing and review questions hand-coded as {@code if}s, which is what a department system writes today
 * (no explanation, no dates, no jurisdictions).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReviewBenchmark {
    RuleSet rules = RuleSet.nationalBaseline().plus(RuleSet.bundled("overlay-chongqing.json"));
    CaseFacts facts = ExampleCases.load("hearing-chongqing-large-fine");

    /**
     * Evaluation of every topic: outcomes, missing facts, fired rules and citations, warnings; the condition trees
     * are built on first access ({@link io.github.zhifa.review.RuleResult#trace()}).
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation evaluate() {
        return rules.evaluate(facts);
    }

    /**
     * Evaluation plus the explanation tree of every rule in force (what {@code zhifa review evaluate --full} prints).
     *
     * @return the number of trace nodes at the top level
     */
    @Benchmark
    public int evaluateAndExplainAll() {
        int n = 0;
        for (TopicResult t : rules.evaluate(facts).topics().values()) {
            for (RuleResult r : t.rules()) {
                n += r.trace().children().size();
            }
        }
        return n;
    }

    /**
     * The fast path: the legal-review and hearing outcomes, no explanation.
     *
     * @return the outcomes
     */
    @Benchmark
    public int outcomesOnly() {
        return rules.outcome(Topic.LEGAL_REVIEW, facts).ordinal() * 3
                + rules.outcome(Topic.HEARING_NOTICE, facts).ordinal();
    }

    /**
     * Reference: the same two questions hand-coded, without dates, jurisdictions, unknowns or explanation.
     *
     * @return the outcomes
     */
    @Benchmark
    public int handCodedIfs() {
        boolean review = isTrue(Fact.MAJOR_PUBLIC_INTEREST)
                || isTrue(Fact.MAJOR_SOCIAL_IMPACT)
                || (isTrue(Fact.MAJOR_RIGHTS) && isTrue(Fact.HEARING_HELD))
                || isTrue(Fact.COMPLEX)
                || isTrue(Fact.REVIEW_REQUIRED_BY_LAW);
        @SuppressWarnings("unchecked")
        Set<PenaltyKind> kinds =
                (Set<PenaltyKind>) facts.value(Fact.PENALTY_KINDS).orElse(Set.of());
        BigDecimal fine = (BigDecimal) facts.value(Fact.FINE_AMOUNT).orElse(BigDecimal.ZERO);
        boolean person = facts.value(Fact.PARTY_CATEGORY).orElse(null) == PartyCategory.NATURAL_PERSON;
        boolean hearing = kinds.contains(PenaltyKind.FINE)
                        && fine.compareTo(person ? BigDecimal.valueOf(5000) : BigDecimal.valueOf(50000)) >= 0
                || kinds.contains(PenaltyKind.REVOKE_LICENCE)
                || kinds.contains(PenaltyKind.LOWER_QUALIFICATION)
                || kinds.contains(PenaltyKind.SUSPEND_PRODUCTION)
                || kinds.contains(PenaltyKind.CLOSURE)
                || kinds.contains(PenaltyKind.OCCUPATIONAL_BAN);
        return (review ? Outcome.REQUIRED : Outcome.NOT_REQUIRED).ordinal() * 3
                + (hearing ? Outcome.REQUIRED : Outcome.NOT_REQUIRED).ordinal();
    }

    private boolean isTrue(Fact f) {
        return Boolean.TRUE.equals(facts.value(f).orElse(null));
    }
}
