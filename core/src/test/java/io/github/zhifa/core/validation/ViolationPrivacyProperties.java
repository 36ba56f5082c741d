package io.github.zhifa.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.core.domain.Party;
import io.github.zhifa.core.domain.PartyKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a party's identifiers hold, no violation message and no toString repeats them. */
class ViolationPrivacyProperties {

    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.strings().withChars("0123456789X").ofMinLength(6).ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.strings()
                .withChars("0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZ")
                .ofMinLength(6)
                .ofMaxLength(20);
    }

    @Property(tries = 300)
    void idNumbersNeverAppearInViolations(@ForAll("idLike") String id, @ForAll("codeLike") String code) {
        Party p = new Party(PartyKind.INDIVIDUAL_BUSINESS, "示例小吃店", code, id);
        for (Violation v : ZhifaValidation.validate(p)) {
            assertThat(v.messageEn()).doesNotContain(id).doesNotContain(code);
            assertThat(v.messageZh()).doesNotContain(id).doesNotContain(code);
            assertThat(v.code()).matches("ZHIFA-(ID|VAL)-\\d{3}");
        }
        // the credit code is public and shown: only check the ID when it is not also part of the code
        if (!code.contains(id)) {
            assertThat(p.toString()).doesNotContain(id);
        }
    }
}
