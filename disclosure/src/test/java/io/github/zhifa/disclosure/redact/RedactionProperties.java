package io.github.zhifa.disclosure.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.core.id.ResidentIdNumber;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of redaction over generated texts. */
class RedactionProperties {
    private static final Redactor DEFAULT = Redactor.of(RedactionProfile.defaults());

    /**
     * Han characters, punctuation and short numbers that carry no personal data: no cue (当事人, 住址, 出生 …), no
     * province character that could start a plate, no ASCII letters.
     */
    private static final String SAFE_HAN = "本局依法对进行检查发现其销售的产品不符合国家标准规定责令改正罚款人民币元整以上事实有笔录证据证实条款项";

    @Provide
    Arbitrary<String> filler() {
        Arbitrary<String> han = Arbitraries.strings()
                .withChars(SAFE_HAN.toCharArray())
                .ofMinLength(0)
                .ofMaxLength(12);
        Arbitrary<String> punct = Arbitraries.of("，", "。", "；", "、", "（", "）", "\n", " ", "：", "《", "》");
        Arbitrary<String> number = Arbitraries.integers().between(0, 999_999).map(String::valueOf);
        Arbitrary<String> piece = Arbitraries.oneOf(han, punct, number.map(n -> n + "元"));
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> residentId() {
        Arbitrary<String> area = Arbitraries.of("110105", "310104", "440305", "330106", "510107", "810000", "820000");
        Arbitrary<String> date = Arbitraries.integers().between(1900, 2020).flatMap(y -> Arbitraries.integers()
                .between(1, 12)
                .flatMap(m -> Arbitraries.integers().between(1, 28).map(d -> String.format("%04d%02d%02d", y, m, d))));
        Arbitrary<String> seq = Arbitraries.integers().between(0, 999).map(n -> String.format("%03d", n));
        return Combinators.combine(area, date, seq).as((a, d, s) -> {
            String first17 = a + d + s;
            return first17 + ResidentIdNumber.checkCharacter(first17);
        });
    }

    @Provide
    Arbitrary<String> mobile() {
        return Combinators.combine(
                        Arbitraries.integers().between(3, 9),
                        Arbitraries.strings().numeric().ofLength(9))
                .as((p, rest) -> "1" + p + rest);
    }

    @Provide
    Arbitrary<String> card() {
        return Arbitraries.strings().numeric().ofMinLength(14).ofMaxLength(17).map(s -> "62" + s);
    }

    @Provide
    Arbitrary<String> secret() {
        return Arbitraries.oneOf(residentId(), mobile(), card());
    }

    @Property(tries = 300)
    void noValidIdPhoneOrCardSurvives(
            @ForAll("filler") String before, @ForAll("secret") String value, @ForAll("filler") String after) {
        String text = before + "，" + value + "，" + after;
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.text()).doesNotContain(value);
        assertThat(r.report().total()).isPositive();
    }

    @Property(tries = 200)
    void severalValuesInOneTextAllGo(
            @ForAll("residentId") String id,
            @ForAll("mobile") String phone,
            @ForAll("card") String card,
            @ForAll("filler") String filler) {
        // values are set off by punctuation: glued to a filler number they would form a longer, different number
        String text = filler + "身份证：" + id + "，" + filler + "电话：" + phone + "，" + filler + "卡号：" + card + "。";
        String out = DEFAULT.redact(text).text();
        assertThat(out).doesNotContain(id, phone, card);
    }

    @Property(tries = 300)
    void textWithoutPersonalDataIsReturnedUnchanged(@ForAll("filler") String text) {
        for (String p : RedactionProfile.builtInNames()) {
            RedactionResult r = Redactor.of(RedactionProfile.builtIn(p)).redact(text);
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.report().total()).isZero();
        }
    }

    @Property(tries = 200)
    void redactionIsIdempotent(@ForAll("filler") String a, @ForAll("secret") String value, @ForAll("filler") String b) {
        String text = "当事人：刘德胜，" + a + "，" + value + "，住北京市朝阳区建国路" + b + "号，" + b + "刘德胜" + a;
        for (String p : List.of("default", "court", "strict")) {
            Redactor r = Redactor.of(RedactionProfile.builtIn(p));
            String once = r.redact(text).text();
            assertThat(r.redact(once).text()).isEqualTo(once);
            assertThat(once).doesNotContain("刘德胜");
        }
    }
}
