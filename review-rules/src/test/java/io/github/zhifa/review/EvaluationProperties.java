package io.github.zhifa.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of evaluation over random cases, with the bundled rules. */
class EvaluationProperties {
    private static final RuleSet RULES = RuleSet.bundled();
    private static final List<Jurisdiction> PLACES = List.of(
            Jurisdiction.NATIONAL,
            Jurisdiction.of("500112", null),
            Jurisdiction.of("110101", "公安"),
            Jurisdiction.of("500103", "公安"),
            Jurisdiction.of("511700", "市场监管"));

    @Provide
    Arbitrary<CaseFacts> cases() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 365 * 8).map(d -> LocalDate.of(2019, 1, 1)
                .plusDays(d));
        Arbitrary<Jurisdiction> places = Arbitraries.of(PLACES);
        Arbitrary<List<Object>> values = Arbitraries.of(Fact.values())
                .list()
                .ofMaxSize(Fact.values().length)
                .flatMap(fs -> Combinators.combine(
                                fs.stream().map(EvaluationProperties::valueFor).toList())
                        .as(vs -> List.of(fs, vs)));
        return Combinators.combine(dates, places, values).as((d, p, fv) -> {
            @SuppressWarnings("unchecked")
            List<Fact> fs = (List<Fact>) fv.get(0);
            @SuppressWarnings("unchecked")
            List<Object> vs = (List<Object>) fv.get(1);
            CaseFacts.Builder b = CaseFacts.builder(d, p);
            for (int i = 0; i < fs.size(); i++) {
                b.set(fs.get(i), vs.get(i));
            }
            return b.build();
        });
    }

    static Arbitrary<Object> valueFor(Fact f) {
        return switch (f.type()) {
            case FLAG -> Arbitraries.of(true, false).map(Object.class::cast);
            case AMOUNT -> Arbitraries.integers().between(0, 200_000).map(i -> (Object) BigDecimal.valueOf(i));
            case COUNT -> Arbitraries.integers().between(0, 5).map(Object.class::cast);
            case CATEGORY -> Arbitraries.of(f.valueEnum().orElseThrow().getEnumConstants())
                    .map(Object.class::cast);
            case KINDS -> Arbitraries.of(PenaltyKind.class).set().ofMaxSize(3).map(s ->
                    (Object) (s.isEmpty() ? EnumSet.noneOf(PenaltyKind.class) : EnumSet.copyOf(s)));
        };
    }

    @Property
    void addingAFactNeverTurnsRequiredIntoUndeterminedOrNotRequired(
            @ForAll("cases") CaseFacts facts, @ForAll Fact fact, @ForAll("seeds") long seed) {
        if (facts.isKnown(fact)) {
            return;
        }
        Object value =
                valueFor(fact).generator(1).next(new java.util.Random(seed)).value();
        Evaluation before = RULES.evaluate(facts);
        Evaluation after = RULES.evaluate(facts.with(fact, value));
        for (Topic t : Topic.values()) {
            if (before.outcome(t) == Outcome.REQUIRED) {
                assertThat(after.outcome(t))
                        .as("%s after adding %s=%s", t, fact, value)
                        .isEqualTo(Outcome.REQUIRED);
            }
            if (before.outcome(t) == Outcome.NOT_REQUIRED) {
                assertThat(after.outcome(t)).as("%s after adding %s", t, fact).isEqualTo(Outcome.NOT_REQUIRED);
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property
    void undeterminedBecomesDeterminedWhenTheListedFactsAreSupplied(
            @ForAll("cases") CaseFacts facts, @ForAll("seeds") long seed) {
        Evaluation e = RULES.evaluate(facts);
        java.util.Random random = new java.util.Random(seed);
        for (Topic t : Topic.values()) {
            TopicResult r = e.topic(t);
            if (r.outcome() != Outcome.UNDETERMINED) {
                assertThat(r.missing()).isEmpty();
                continue;
            }
            assertThat(r.missing()).isNotEmpty().allMatch(f -> !facts.isKnown(f));
            CaseFacts filled = facts;
            for (Fact f : r.missing()) {
                filled = filled.with(f, valueFor(f).generator(1).next(random).value());
            }
            assertThat(RULES.outcome(t, filled))
                    .as("%s with %s supplied", t, r.missing())
                    .isNotEqualTo(Outcome.UNDETERMINED);
        }
    }

    @Property
    void raisingTheFineNeverTurnsRequiredIntoNotRequired(@ForAll("cases") CaseFacts facts, @ForAll("raise") int raise) {
        if (!facts.isKnown(Fact.FINE_AMOUNT)) {
            return;
        }
        BigDecimal fine = (BigDecimal) facts.value(Fact.FINE_AMOUNT).orElseThrow();
        CaseFacts higher = facts.with(Fact.FINE_AMOUNT, fine.add(BigDecimal.valueOf(raise)));
        for (Topic t : Topic.values()) {
            Outcome before = RULES.outcome(t, facts);
            Outcome after = RULES.outcome(t, higher);
            if (before == Outcome.REQUIRED) {
                assertThat(after).isEqualTo(Outcome.REQUIRED);
            }
            if (before == Outcome.UNDETERMINED) {
                assertThat(after).isNotEqualTo(Outcome.NOT_REQUIRED);
            }
        }
    }

    @Provide
    Arbitrary<Integer> raise() {
        return Arbitraries.integers().between(0, 100_000);
    }

    @Property
    void evaluationIsDeterministicAndTheFastPathAgrees(@ForAll("cases") CaseFacts facts) {
        Evaluation a = RULES.evaluate(facts);
        Evaluation b = RuleSet.bundled().evaluate(facts);
        assertThat(a).isEqualTo(b);
        for (Topic t : Topic.values()) {
            assertThat(RULES.outcome(t, facts)).isEqualTo(a.outcome(t));
        }
    }

    @Property
    void aRuleOutsideItsEffectiveDatesNeverFires(@ForAll("cases") CaseFacts facts) {
        Evaluation e = RULES.evaluate(facts);
        for (TopicResult r : e.topics().values()) {
            for (RuleResult rr : r.rules()) {
                assertThat(rr.rule().inForceOn(facts.decisionDate())).isTrue();
                assertThat(rr.rule().jurisdiction().covers(facts.jurisdiction()))
                        .isTrue();
            }
        }
        Set<String> used = e.topics().values().stream()
                .flatMap(r -> r.rules().stream())
                .map(rr -> rr.rule().id())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(e.skipped())
                .filteredOn(s -> s.reason() == SkippedRule.Reason.NOT_IN_FORCE)
                .allMatch(s -> !s.rule().inForceOn(facts.decisionDate()));
        // before the 2021 law took effect, no art. 58/63 rule is used
        if (facts.decisionDate().isBefore(LocalDate.of(2021, 7, 15))) {
            assertThat(used).noneMatch(id -> id.startsWith("hearing.") || id.startsWith("review.art58"));
        }
    }
}
