package io.github.zhifa.review.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.Outcome;
import io.github.zhifa.review.Truth;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of exemption-list evaluation that hold for every case, on the test fixture list. */
class ExemptionProperties {
    private static final ExemptionList LIST = ExemptionListTest.fixture();
    private static final List<String> CODES = List.of("V1", "V2", "V3", "V4", "V5", "V99");
    private static final List<Fact> FACTS = List.of(
            Fact.FIRST_VIOLATION,
            Fact.MINOR_HARM,
            Fact.CORRECTED_IN_TIME,
            Fact.CORRECTION_DAYS,
            Fact.MINOR_VIOLATION,
            Fact.HARMFUL_RESULT,
            Fact.HARM_ELIMINATED,
            Fact.CONFESSED_UNKNOWN_VIOLATION);
    private static final List<Jurisdiction> PLACES = List.of(
            Jurisdiction.of("140702", "市场监管"),
            Jurisdiction.of("140721", "市场监管"),
            Jurisdiction.of("140702", "公安"),
            Jurisdiction.of("140700", null),
            Jurisdiction.NATIONAL);

    private static Object value(Fact f, Random r) {
        return f.type() == Fact.Type.COUNT ? (Object) r.nextInt(30) : (Object) r.nextBoolean();
    }

    @Provide
    Arbitrary<CaseFacts> cases() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 365 * 4).map(d -> LocalDate.of(2023, 6, 1)
                .plusDays(d));
        Arbitrary<List<Fact>> known =
                Arbitraries.of(FACTS).list().uniqueElements().ofMaxSize(FACTS.size());
        return Combinators.combine(days, Arbitraries.of(PLACES), known, Arbitraries.longs())
                .as((day, place, fs, seed) -> {
                    Random r = new Random(seed);
                    CaseFacts.Builder b = CaseFacts.builder(day, place);
                    fs.forEach(f -> b.set(f, value(f, r)));
                    return b.build();
                });
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(CODES);
    }

    @Property
    void anItemAppliesExactlyWhenItsConditionHolds(@ForAll("cases") CaseFacts c, @ForAll("codes") String code) {
        ExemptionResult r = LIST.evaluate(c, code);
        for (ItemResult ir : r.items()) {
            Truth t = ir.item().condition().test(c);
            assertThat(ir.applies()).isEqualTo(t == Truth.TRUE);
            assertThat(ir.truth()).isEqualTo(t);
        }
        assertThat(r.outcome() == Outcome.REQUIRED).isEqualTo(!r.applied().isEmpty());
    }

    @Property
    void anItemOutOfItsCodeDatesOrJurisdictionNeverApplies(@ForAll("cases") CaseFacts c, @ForAll("codes") String code) {
        ExemptionResult r = LIST.evaluate(c, code);
        for (ExemptionItem i : r.applied()) {
            assertThat(i.violation().code()).isEqualTo(code);
            assertThat(i.jurisdiction().covers(c.jurisdiction())).isTrue();
            assertThat(c.decisionDate()).isAfterOrEqualTo(i.effectiveFrom());
            i.effectiveUntil().ifPresent(u -> assertThat(c.decisionDate()).isBeforeOrEqualTo(u));
        }
    }

    @Property
    void addingAFactNeverWithdrawsAnItemNorDecidesAgainstOneDecided(
            @ForAll("cases") CaseFacts c, @ForAll("codes") String code, @ForAll long seed) {
        Random rnd = new Random(seed);
        List<Fact> unknown = FACTS.stream().filter(f -> !c.isKnown(f)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        Fact f = unknown.get(rnd.nextInt(unknown.size()));
        ExemptionResult before = LIST.evaluate(c, code);
        ExemptionResult after = LIST.evaluate(c.with(f, value(f, rnd)), code);
        assertThat(after.applied()).containsAll(before.applied());
        if (before.outcome() != Outcome.UNDETERMINED) {
            assertThat(after.outcome()).isEqualTo(before.outcome());
        }
    }

    @Property
    void supplyingTheMissingFactsDecidesEveryKind(
            @ForAll("cases") CaseFacts c, @ForAll("codes") String code, @ForAll long seed) {
        ExemptionResult r = LIST.evaluate(c, code);
        if (r.outcome() != Outcome.UNDETERMINED && r.missing().isEmpty()) {
            return;
        }
        Random rnd = new Random(seed);
        CaseFacts full = c;
        for (Fact f : r.missing()) {
            full = full.with(f, value(f, rnd));
        }
        ExemptionResult decided = LIST.evaluate(full, code);
        assertThat(decided.outcome()).isNotEqualTo(Outcome.UNDETERMINED);
        for (ItemResult i : decided.items()) {
            if (i.truth() == Truth.UNKNOWN) {
                assertThat(decided.applied()).anyMatch(a -> a.kind() == i.item().kind());
            }
        }
        assertThat(decided.missing()).isEmpty();
    }
}
