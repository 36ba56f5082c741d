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
        Arbitrary<String> split = Combinators.combine(
                        Arbitraries.integers().between(1, 999),
                        Arbitraries.integers().between(0, 999))
                .as((a, b) -> a + " " + String.format("%03d", b));
        // public numbers as clerks type them: dates, hotlines, case numbers, document numbers, credit codes
        Arbitrary<String> isoDate = Combinators.combine(
                        Arbitraries.integers().between(1990, 2030),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28),
                        Arbitraries.of("-", " ", ".", "/", " - ", "  "))
                .as((y, m, d, sep) -> String.format("%d%s%02d%s%02d", y, sep, m, sep, d));
        Arbitrary<String> hotline = Arbitraries.strings()
                .numeric()
                .ofLength(7)
                .map(d -> "400" + "- ".charAt(d.charAt(0) % 2) + d.substring(0, 3) + "-" + d.substring(3));
        Arbitrary<String> caseNo = Combinators.combine(
                        Arbitraries.integers().between(2015, 2030),
                        Arbitraries.integers().between(1, 9999))
                .as((y, n) -> y + "-" + String.format("%04d", n) + "-" + String.format("%04d", n % 97));
        Arbitrary<String> docNo = Combinators.combine(
                        Arbitraries.integers().between(2015, 2030),
                        Arbitraries.integers().between(1, 999))
                .as((y, n) -> "杭西市监罚〔" + y + "〕" + n + "号");
        Arbitrary<String> code = Arbitraries.of("91350100M000100Y43", "第3-25条", "第一百二十四条", "GB/T 2260-2007");
        // amounts with thousands separators, times, case numbers, a column of four-digit figures
        Arbitrary<String> amount = Combinators.combine(
                        Arbitraries.integers().between(1, 999),
                        Arbitraries.integers().between(0, 999),
                        Arbitraries.integers().between(0, 999),
                        Arbitraries.integers().between(0, 99))
                .as((a, b, c, d) -> String.format("%d,%03d,%03d.%02d元", a, b, c, d));
        Arbitrary<String> time = Combinators.combine(
                        Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(0, 59),
                        Arbitraries.integers().between(0, 59))
                .as((h, m, x) -> String.format("%02d:%02d:%02d", h, m, x));
        Arbitrary<String> caseNumber = Combinators.combine(
                        Arbitraries.integers().between(2015, 2030),
                        Arbitraries.integers().between(1, 99999))
                .as((y, n) -> "〔" + y + "〕" + n + "号");
        // (a first figure 62xx would read as a UnionPay card, as it does single-spaced: see REDACTION.md, Limits)
        Arbitrary<String> column = Arbitraries.integers()
                .between(1000, 5999)
                .list()
                .ofMinSize(4)
                .ofMaxSize(5)
                .map(l -> String.join("  ", l.stream().map(String::valueOf).toList()));
        Arbitrary<String> ascii = Arbitraries.oneOf(
                number.map(n -> n + "元"),
                split.map(n -> n + "元"),
                isoDate,
                hotline,
                caseNo,
                docNo,
                code,
                amount,
                time,
                caseNumber,
                column);
        Arbitrary<String> typed = Combinators.combine(ascii, Arbitraries.of(false, true))
                .as((t, w) -> w ? WidthAndSeparatorsTest.wide(t) : t);
        // a typed number is closed by punctuation: glued to the next number it would be another number
        Arbitrary<String> piece = Arbitraries.oneOf(han, punct, typed.map(t -> t + "，"));
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    /**
     * A separator found inside numbers: space, hyphen, their full-width forms, and runs of two or three with at most
     * one hyphen ({@code 138 - 1234 - 5678}, {@code 138  1234  5678}).
     */
    private static Arbitrary<String> separator() {
        return Arbitraries.of(" ", "-", "\u3000", "－", " - ", "  ", "\u3000－\u3000", "- ");
    }

    /** A value typed in ASCII, in full width, or split in the usual groups. */
    private static Arbitrary<String> spelled(Arbitrary<String> value, int... groups) {
        return Combinators.combine(value, separator(), Arbitraries.integers().between(0, 2))
                .as((v, sep, form) -> {
                    if (form == 0) {
                        return v;
                    }
                    String t = v;
                    if (form == 2) {
                        StringBuilder g = new StringBuilder();
                        int at = 0;
                        for (int n : groups) {
                            if (at >= v.length()) {
                                break;
                            }
                            g.append(at == 0 ? "" : sep).append(v, at, Math.min(v.length(), at + n));
                            at += n;
                        }
                        if (at < v.length()) {
                            g.append(sep).append(v, at, v.length());
                        }
                        t = g.toString();
                    }
                    return Math.abs(v.hashCode()) % 2 == 0 ? WidthAndSeparatorsTest.wide(t) : t;
                });
    }

    /** Digits of the text in ASCII, with the separators inside numbers removed. */
    private static String digitsSeen(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            char n = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c;
            if (n != ' ' && n != '-' && n != '\u3000' && n != '.' && n != '/' && n != '+') {
                sb.append(n);
            }
        }
        return sb.toString();
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

    /** A UnionPay number of 16–19 digits that passes Luhn (check digit computed by the corpus generator's helper). */
    @Provide
    Arbitrary<String> luhnCard() {
        return Arbitraries.strings()
                .numeric()
                .ofMinLength(13)
                .ofMaxLength(16)
                .map(s -> "62" + s + SyntheticCorpus.luhnCheck("62" + s));
    }

    /** A mobile in 3-4-4 groups set apart by dots or slashes, in ASCII or full width. */
    private Arbitrary<String> dottedMobile() {
        return Combinators.combine(mobile(), Arbitraries.of(".", "/", "．", "／")).as((m, d) -> {
            String t = m.substring(0, 3) + d + m.substring(3, 7) + d + m.substring(7);
            return Math.abs(m.hashCode()) % 2 == 0 ? WidthAndSeparatorsTest.wide(t) : t;
        });
    }

    /** A landline in the international form without the trunk 0: +86 or 0086, area, subscriber. */
    @Provide
    Arbitrary<String> internationalLandline() {
        return Combinators.combine(
                        Arbitraries.of("+86", "0086", "＋８６"),
                        Arbitraries.of("10", "20", "21", "571", "755", "28", "25", "931"),
                        Arbitraries.integers().between(2, 8),
                        Arbitraries.strings().numeric().ofLength(7),
                        Arbitraries.integers().between(0, 2),
                        separator())
                .as((cc, area, first, rest, form, sep) -> {
                    String sub = first + rest;
                    String s = form == 0
                            ? cc + sep + area + sep + sub
                            : cc + sep + area + sep + sub.substring(0, 4) + sep + sub.substring(4);
                    return form == 2 ? WidthAndSeparatorsTest.wide(s) : s;
                });
    }

    @Provide
    Arbitrary<String> secret() {
        return Arbitraries.oneOf(
                spelled(residentId(), 6, 8, 4),
                spelled(residentId(), 6, 12),
                spelled(residentId(), 10, 8),
                spelled(residentId(), 8, 10),
                spelled(mobile(), 3, 4, 4),
                dottedMobile(),
                spelled(card(), 4, 4, 4, 4),
                spelled(luhnCard(), 6, 13),
                spelled(luhnCard(), 7, 12),
                spelled(luhnCard(), 6, 6, 7),
                internationalLandline());
    }

    @Provide
    Arbitrary<String> earlyLegacyId() {
        // area + YYMMDD with YY 00–19 + sequence: a person born 1900–1919, or a registration number
        Arbitrary<String> area = Arbitraries.of("110105", "310104", "440305", "330106", "510107");
        return Combinators.combine(
                        area,
                        Arbitraries.integers().between(0, 19),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28),
                        Arbitraries.integers().between(0, 999))
                .as((a, y, m, d, s) -> a + String.format("%02d%02d%02d%03d", y, m, d, s));
    }

    @Property(tries = 200)
    void earlyLegacyIdNumbersGoAfterAPersonCueAndRegistrationNumbersStay(
            @ForAll("filler") String filler,
            @ForAll("earlyLegacyId") String number,
            @ForAll boolean wide,
            @ForAll("personCue") String personCue,
            @ForAll("registrationCue") String registrationCue) {
        String typed = wide ? WidthAndSeparatorsTest.wide(number) : number;
        String person = filler + "，" + personCue + typed + "，" + filler;
        String out = DEFAULT.redact(person).text();
        assertThat(digitsSeen(out)).doesNotContain(number);
        String business = filler + "，" + registrationCue + typed + "，" + filler;
        assertThat(DEFAULT.redact(business).text()).isEqualTo(business);
    }

    @Provide
    Arbitrary<String> personCue() {
        return Arbitraries.of("身份证号码：", "公民身份号码", "证件号码：", "居民身份证号", "证件号码（身份证）：");
    }

    @Provide
    Arbitrary<String> registrationCue() {
        return Arbitraries.of("注册号：", "营业执照注册号", "营业执照号码：", "工商登记号：");
    }

    @Property(tries = 300)
    void noValidIdPhoneOrCardSurvives(
            @ForAll("filler") String before, @ForAll("secret") String value, @ForAll("filler") String after) {
        String text = before + "，" + value + "，" + after;
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.text()).doesNotContain(value);
        assertThat(digitsSeen(r.text())).doesNotContain(digitsSeen(value));
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
        assertThat(digitsSeen(out)).doesNotContain(digitsSeen(id), digitsSeen(phone), digitsSeen(card));
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
