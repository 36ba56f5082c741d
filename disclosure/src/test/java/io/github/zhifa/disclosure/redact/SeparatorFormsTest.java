package io.github.zhifa.disclosure.redact;

import static io.github.zhifa.disclosure.redact.WidthAndSeparatorsTest.wide;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The separator forms closed after the first release (REDACTION.md "Limits"): two separators in a row, dots or
 * slashes in a mobile, ID numbers split after 6, 8 or 10 characters, cards split other than in fours (Luhn),
 * international numbers without the trunk 0, width-folded secret terms. Each form has positive cases and the public
 * look-alikes that must stay. Values: the GB 11643 example ID number, the public test card numbers of Stripe's
 * documentation (UnionPay {@code 6200000000000005}, {@code 6205500000000000004}, Visa {@code 4242424242424242}, all
 * Luhn-valid), and phone numbers written by hand.
 */
class SeparatorFormsTest {
    /** The GB 11643 example number. */
    private static final String VALID_ID = "11010519491231002X";

    private static final Redactor DEFAULT = Redactor.of(RedactionProfile.defaults());

    private static Map<PiiType, Long> counts(String text) {
        return DEFAULT.redact(text).report().counts();
    }

    private static void unchanged(String text) {
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.text()).as(text).isEqualTo(text);
        assertThat(r.report().total()).as(text).isZero();
    }

    // ------------------------------------------------------------ 1. two separators in a row

    @Test
    void twoOrThreeSeparatorsInARowInsideANumber() {
        String text = "电话138 - 1234 - 5678，电话138  1234  5678，电话" + wide("139 - 8765 - 4321")
                + "，电话138- 1234 -5678，座机0571 - 8765 4321，"
                + "座机0571  87654321，身份证110105 - 19491231 - 002X，卡号6222  0212  3456  7890。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.report().counts())
                .containsEntry(PiiType.MOBILE, 4L)
                .containsEntry(PiiType.LANDLINE, 2L)
                .containsEntry(PiiType.RESIDENT_ID, 1L)
                .containsEntry(PiiType.BANK_CARD, 1L);
        assertThat(r.text())
                .startsWith("电话*** - **** - ****，电话***  ****  ****，电话***　－　****　－　****，")
                .doesNotContain("5678", "4321", "8765", "1231", "0212");
    }

    @Test
    void twoSeparatorsDoNotMakeDatesFiguresOrCaseNumbersPersonal() {
        unchanged("签订于2024 - 10 - 12，2024  10  12，" + wide("2024 - 10 - 12") + "。");
        unchanged("档案号2024 - 0571 - 8765432，编号400 - 010 - 1234567，热线400 - 123 - 4567，依据第3 - 25条。");
        // a column of four-digit figures is not a card: wide runs need 62 or a card cue
        unchanged("数量1000  2000  3000  4000，单价5000  3000  2000  1000  9。");
        // three hyphens are no separator run: nothing joins across them
        unchanged("编号2024---0571---8765432。");
    }

    // ------------------------------------------------------------ 2. dots or slashes in a mobile

    @Test
    void aMobileIn344GroupsWithDotsOrSlashes() {
        String text = "电话138.1234.5678，电话138/1234/5678，电话" + wide("139.8765.4321") + "，电话" + wide("139/8765/4321")
                + "，微信同号（150.0000.1111）。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.report().counts()).containsEntry(PiiType.MOBILE, 5L);
        assertThat(r.text())
                .isEqualTo("电话***.****.****，电话***/****/****，电话***．****．****，电话***／****／****，微信同号（***.****.****）。");
    }

    @Test
    void dotsAndSlashesElsewhereStay() {
        unchanged("于2024.10.12、2024/10/12、" + wide("2024.10.12") + "、" + wide("2024/10/12") + "、24.10.12作出。");
        unchanged("罚款1,234,567.00元，货值" + wide("1,234,567.00") + "元，金额138.1234元，比例13.12/14.5。");
        // other groupings, a longer dotted run (a version or a code), an amount
        unchanged("编号13.1234.5678，1381.234.5678，138.12345.678，版本1.138.1234.5678，138.1234.5678.90，138.1234.5678元。");
        unchanged("（〔2024〕12345号）10:30:15，第12.3条，GB/T 2260-2007。");
    }

    // ------------------------------------------------------------ 3. ID numbers split after 6, 8 or 10 characters

    @Test
    void idNumbersSplitAfterSixEightOrTenCharacters() {
        String[] forms = {
            "110105 19491231002X",
            "1101051949 1231002X",
            "11010519 491231002X",
            "110105 19491231 002X",
            "110105-19491231002X",
            "1101051949-1231002X",
            wide("110105 19491231002X"),
            wide("1101051949 1231002X")
        };
        for (String f : forms) {
            RedactionResult r = DEFAULT.redact("身份证号码：" + f + "。");
            assertThat(r.report().counts()).as(f).containsEntry(PiiType.RESIDENT_ID, 1L);
            assertThat(r.report().findings()).as(f).hasSize(1);
            assertThat(r.text()).as(f).doesNotContain("1949", "1231", "１９４９", "１２３１");
            assertThat(r.report().findings().get(0).length()).as(f).isEqualTo(f.length());
        }
    }

    @Test
    void splitIdShapedNumbersWithAWrongCheckStay() {
        // the same digits with a wrong check character are not an ID number (GB 11643), however split
        unchanged("编号110105 194912310021，编号1101051949 12310021，编号11010519 4912310021。");
    }

    // ------------------------------------------------------------ 4. cards split other than in fours

    @Test
    void cardsSplitOtherwiseAreFoundWhenTheWholePassesLuhn() {
        String text = "卡号620000 0000000005，银行卡6205500 000000000004，账号：424242 4242424242，转入620550 0000 0000 00004。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.report().counts()).containsEntry(PiiType.BANK_CARD, 4L);
        assertThat(r.text()).doesNotContain("0005", "00004", "4242");
    }

    @Test
    void irregularlySplitNumbersFailingLuhnOrWithoutACardSignStay() {
        // 6200000000000006 fails Luhn: split irregularly it is not taken for a card (whole, a 62-number still is)
        unchanged("编号620000 0000000006。");
        assertThat(counts("编号6200000000000006。")).containsEntry(PiiType.BANK_CARD, 1L);
        // Luhn-valid but neither a UnionPay prefix nor a card cue: two figures side by side
        unchanged("编号424242 4242424242，数量12345678 87654321。");
    }

    // ------------------------------------------------------------ 5. international forms without the trunk 0

    @Test
    void internationalLandlinesWithoutTheTrunkZero() {
        String text = "电话+86 571 8765 4321，电话+86 10 6275 1234，电话+86-10-62751234，电话0086 10 6275 1234，电话+86 571 87654321，"
                + "电话" + wide("+86 20 8888 6666") + "，电话+86 755-8765-4321。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.report().counts()).containsEntry(PiiType.LANDLINE, 7L).doesNotContainKey(PiiType.MOBILE);
        assertThat(r.text()).startsWith("电话+** *** **** ****，电话+** ** **** ****，电话+**-**-********，电话**** ** **** ****");
        assertThat(r.text()).doesNotContain("6275", "4321", "８８８８");
    }

    @Test
    void mobilesAfterTheCountryCodeAndWhatStays() {
        assertThat(counts("电话+86 138 1234 5678，电话0086 139 8765 4321，电话0086-150-0000-1111。"))
                .containsEntry(PiiType.MOBILE, 3L)
                .doesNotContainKey(PiiType.LANDLINE);
        // no + and no 00: not a country code; a mobile prefix (1xx) is no area code; 1x is no area code but 10
        unchanged("编号86 10 62751234，序号86 571 8765 4321。");
        unchanged("代码+86 13 12345678，+86 0 12345678，+86 571 123 45，+86 571 87654321元。");
    }

    // ------------------------------------------------------------ 6. width-folded secret terms

    @Test
    void secretTermsMatchTheirFullWidthAndHalfWidthVariants() {
        Redactor r = Redactor.builder()
                .secretTerms(List.of("配方AB-12", "ＸＹ　计划", "代号 K9"))
                .build();
        RedactionResult res = r.redact("涉及配方ＡＢ－１２与配方AB-12，XY 计划与ＸＹ　计划，代号　Ｋ９。");
        assertThat(res.report().counts()).containsEntry(PiiType.SECRET_TERM, 5L);
        assertThat(res.text()).isEqualTo("涉及[保密内容]与[保密内容]，[保密内容]与[保密内容]，[保密内容]。");
        // still exact otherwise: case and other characters matter
        assertThat(r.redact("配方ab-12，XY计划，代号K9").report().total()).isZero();
    }

    // ------------------------------------------------------------ idempotence and streaming

    private static final String[] NEW_FORMS = {
        "138 - 1234 - 5678",
        "138  1234  5678",
        "138.1234.5678",
        "１３８／１２３４／５６７８",
        "110105 19491231002X",
        "1101051949 1231002X",
        "620000 0000000005",
        "+86 571 8765 4321",
        "0086 10 6275 1234",
        "+86-10-62751234"
    };

    @Test
    void newFormsAreRedactedIdempotentlyOnEveryProfile() {
        StringBuilder sb = new StringBuilder("当事人：张建国，");
        for (String f : NEW_FORMS) {
            sb.append("号码").append(f).append("，");
        }
        String text = sb.append("罚款2024.10.12。").toString();
        for (String p : RedactionProfile.builtInNames()) {
            Redactor redactor = Redactor.of(RedactionProfile.builtIn(p));
            RedactionResult once = redactor.redact(text);
            assertThat(once.report().total()).as(p).isEqualTo(NEW_FORMS.length + 1L);
            RedactionResult twice = redactor.redact(once.text());
            assertThat(twice.text()).as(p).isEqualTo(once.text());
            assertThat(twice.report().total()).as(p).isZero();
        }
    }

    @Test
    void aReplacementLabelIsNoCardCueOnTheSecondPass() {
        // strict writes [银行卡号], court ××××: shorter than the card, the replacement brings 卡号 nearer to the figures
        // after it; neither the label's 卡 nor the old cue may make them a card when the output is redacted again
        for (String p : List.of("strict", "court", "default")) {
            Redactor r = Redactor.of(RedactionProfile.builtIn(p));
            for (String figures : List.of("1000  2000  3000  4000", "4242424242424242", "424242 4242424242")) {
                String text = "卡号：6222021234567890128，" + figures + "。";
                String once = r.redact(text).text();
                assertThat(once).as(p + figures).endsWith("，" + figures + "。").doesNotContain("6222");
                assertThat(r.redact(once).text()).as(p + figures).isEqualTo(once);
            }
        }
        // a real cue still counts
        assertThat(counts("卡号：424242 4242424242。")).containsEntry(PiiType.BANK_CARD, 1L);
    }

    @Test
    void aReplacementLabelIsNoPersonCueForALegacyNumberOnTheSecondPass() {
        // 310104190101002 reads as 1919 and has no cue of its own: kept; after redaction [身份证号] or ×××× stands
        // within 16 characters of it, and the label's 身份证 (or the old cue) must not make it an ID number then
        for (String p : RedactionProfile.builtInNames()) {
            Redactor r = Redactor.of(RedactionProfile.builtIn(p));
            String text = "身份证号码：" + VALID_ID + "，编号310104190101002。";
            String once = r.redact(text).text();
            assertThat(once).as(p).endsWith("，编号310104190101002。").doesNotContain("1949");
            assertThat(r.redact(once).text()).as(p).isEqualTo(once);
        }
        // a person cue still reaches a legacy number after a length note in parentheses
        assertThat(counts("公民身份号码（15位）：110105120315123。")).containsEntry(PiiType.RESIDENT_ID_LEGACY, 1L);
    }

    @Test
    void streamingFindsTheNewFormsAcrossWindowBoundaries() throws IOException {
        // every form at every offset modulo 37 past several 64 Ki windows: each straddles some window edge
        StringBuilder sb = new StringBuilder();
        int placed = 0;
        int pad = 0;
        while (sb.length() < 5 * 65536) {
            sb.append("本局依法检查".repeat(20), 0, 1 + pad % 37).append("，");
            sb.append(NEW_FORMS[placed % NEW_FORMS.length]).append("。");
            placed++;
            pad++;
        }
        String text = sb.toString();
        RedactionResult whole = DEFAULT.redact(text);
        assertThat(whole.report().total()).isEqualTo(placed);
        for (Reader in : List.of(new RedactorTest.Trickle(text), new StringReader(text))) {
            StringWriter out = new StringWriter();
            RedactionReport streamed = DEFAULT.redact(in, out);
            assertThat(out.toString()).isEqualTo(whole.text());
            assertThat(streamed.findings()).isEqualTo(whole.report().findings());
        }
    }
}
