package io.github.zhifa.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.core.json.ZhifaJson;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every decision, valid or not, survives a trip through {@link ZhifaJson} unchanged, and so does its JSON. */
class DomainJsonProperties {

    private static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange('\u4e00', '\u9fa5')
                .withCharRange('a', 'z')
                .withChars(' ', '"', '\\', '\n', '〔', '〕', '\u0001')
                .ofMaxLength(30)
                .injectNull(0.05);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(-20000, 20000)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d))
                .injectNull(0.1);
    }

    private static Arbitrary<Integer> smallInts() {
        return Arbitraries.integers().between(-5, 500).injectNull(0.3);
    }

    @Provide
    Arbitrary<Decision> decisions() {
        Arbitrary<Officer> officer = Builders.withBuilder(() -> new Object[4])
                .use(text())
                .in((a, v) -> set(a, 0, v))
                .use(text())
                .in((a, v) -> set(a, 1, v))
                .use(dates())
                .in((a, v) -> set(a, 2, v))
                .use(dates())
                .in((a, v) -> set(a, 3, v))
                .build(a -> new Officer((String) a[0], (String) a[1], (LocalDate) a[2], (LocalDate) a[3]));
        Arbitrary<Party> party = Builders.withBuilder(() -> new Object[4])
                .use(Arbitraries.of(PartyKind.class).injectNull(0.05))
                .in((a, v) -> set(a, 0, v))
                .use(text())
                .in((a, v) -> set(a, 1, v))
                .use(text())
                .in((a, v) -> set(a, 2, v))
                .use(text())
                .in((a, v) -> set(a, 3, v))
                .build(a -> new Party((PartyKind) a[0], (String) a[1], (String) a[2], (String) a[3]));
        Arbitrary<LegalBasisCitation> citation = Builders.withBuilder(() -> new Object[4])
                .use(text())
                .in((a, v) -> set(a, 0, v))
                .use(Arbitraries.integers().between(-1, 500))
                .in((a, v) -> set(a, 1, v))
                .use(smallInts())
                .in((a, v) -> set(a, 2, v))
                .use(smallInts())
                .in((a, v) -> set(a, 3, v))
                .build(a -> new LegalBasisCitation((String) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]));
        Arbitrary<EnforcementBody> body = Builders.withBuilder(() -> new Object[3])
                .use(text())
                .in((a, v) -> set(a, 0, v))
                .use(text())
                .in((a, v) -> set(a, 1, v))
                .use(text())
                .in((a, v) -> set(a, 2, v))
                .build(a -> new EnforcementBody((String) a[0], (String) a[1], (String) a[2]));
        return Builders.withBuilder(() -> new Object[10])
                .use(text())
                .in((a, v) -> set(a, 0, v))
                .use(Arbitraries.of(EnforcementCategory.class).injectNull(0.05))
                .in((a, v) -> set(a, 1, v))
                .use(body.injectNull(0.05))
                .in((a, v) -> set(a, 2, v))
                .use(officer.list().ofMaxSize(3).injectNull(0.05))
                .in((a, v) -> set(a, 3, v))
                .use(party.injectNull(0.05))
                .in((a, v) -> set(a, 4, v))
                .use(dates())
                .in((a, v) -> set(a, 5, v))
                .use(dates())
                .in((a, v) -> set(a, 6, v))
                .use(dates())
                .in((a, v) -> set(a, 7, v))
                .use(text())
                .in((a, v) -> set(a, 8, v))
                .use(citation.list().ofMaxSize(3).injectNull(0.05))
                .in((a, v) -> set(a, 9, v))
                .build(DomainJsonProperties::decision);
    }

    private static Object[] set(Object[] a, int i, Object v) {
        a[i] = v;
        return a;
    }

    @SuppressWarnings("unchecked")
    private static Decision decision(Object[] a) {
        return new Decision(
                (String) a[0],
                (EnforcementCategory) a[1],
                (EnforcementBody) a[2],
                (List<Officer>) a[3],
                (Party) a[4],
                (LocalDate) a[5],
                (LocalDate) a[6],
                (LocalDate) a[7],
                (String) a[8],
                (List<LegalBasisCitation>) a[9]);
    }

    @Property
    void decisionsRoundTripLosslessly(@ForAll("decisions") Decision d) throws JsonProcessingException {
        String json = ZhifaJson.mapper().writeValueAsString(d);
        Decision back = ZhifaJson.mapper().readValue(json, Decision.class);
        assertThat(back).isEqualTo(d);
        JsonNode tree = ZhifaJson.mapper().readTree(json);
        assertThat(ZhifaJson.mapper().readTree(ZhifaJson.mapper().writeValueAsString(back)))
                .isEqualTo(tree);
    }

    @Property(tries = 1)
    void theSamplesRoundTrip() throws JsonProcessingException {
        for (Decision d : List.of(Samples.valid(), Samples.invalid())) {
            String json = ZhifaJson.mapper().writeValueAsString(d);
            assertThat(ZhifaJson.mapper().readValue(json, Decision.class)).isEqualTo(d);
            assertThat(json).contains("\"decisionDate\":\"2024-04-15\"").contains("\"category\":\"PENALTY\"");
        }
    }
}
