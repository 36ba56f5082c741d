package io.github.zhifa.cli.id;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.cli.Cli;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhifa id check}, with the public examples of GB 11643, GB 32100 and GB 11714. */
class IdCheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void validResidentIdIsMaskedAndExitsZero() {
        assertThat(run("id", "check", "11010519491231002X")).isEqualTo(ExitCode.OK);
        assertThat(out.toString())
                .isEqualTo("1****************X: resident ID number (18 digits) / 居民身份证号码（18位） (GB 11643-1999): valid"
                        + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void invalidResidentIdSaysWhyAndExitsOne() {
        assertThat(run("id", "check", "110105194912310021")).isEqualTo(ExitCode.FINDING);
        assertThat(out.toString())
                .contains("1****************1: resident ID number (18 digits)")
                .contains("INVALID")
                .contains(
                        "ZHIFA-ID-006 resident ID number (18 digits) check character (position 18) is '1', expected 'X'")
                .contains("ZHIFA-ID-006 居民身份证号码（18位）校验码（第18位）为“1”，应为“X”")
                .doesNotContain("110105194912310021");
    }

    @Test
    void creditAndOrganisationCodesAreDetected() {
        assertThat(run("id", "check", "91350100M000100Y43", "D2143569-X", "810000199001010019"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString())
                .contains("91350100M000100Y43: unified social credit code / 统一社会信用代码 (GB 32100-2015): valid")
                .contains("D2143569-X: organisation code / 组织机构代码 (GB 11714-1997): valid")
                .contains("8****************9: HK/Macao/Taiwan residence permit number");
    }

    @Test
    void lenientAcceptsAWrongCreditCodeCheckCharacter() {
        assertThat(run("id", "check", "91350100M000100Y44")).isEqualTo(ExitCode.FINDING);
        assertThat(run("id", "check", "--lenient", "91350100M000100Y44")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("accepted (lenient)").contains("accepted in lenient mode");
    }

    @Test
    void jsonOutput() throws IOException {
        assertThat(run("id", "check", "--json", "91350100M000100Y44")).isEqualTo(ExitCode.FINDING);
        JsonNode n = ZhifaJson.mapper().readTree(out.toString());
        assertThat(n.get("type").asText()).isEqualTo("UNIFIED_SOCIAL_CREDIT_CODE");
        assertThat(n.get("valid").asBoolean()).isFalse();
        assertThat(n.get("code").asText()).isEqualTo("ZHIFA-ID-006");
        assertThat(n.get("position").asInt()).isEqualTo(18);
        assertThat(n.get("expected").asText()).isEqualTo("3");
        assertThat(n.get("found").asText()).isEqualTo("4");
        assertThat(n.get("messageZh").asText()).contains("校验码");
    }

    @Test
    void jsonArrayForSeveralValuesNeverShowsAnIdInClear() throws IOException {
        assertThat(run("id", "check", "--json", "11010519491231002X", "19220382-1"))
                .isEqualTo(ExitCode.OK);
        JsonNode n = ZhifaJson.mapper().readTree(out.toString());
        assertThat(n.isArray()).isTrue();
        assertThat(n.get(0).get("value").asText()).isEqualTo("1****************X");
        assertThat(n.get(1).get("type").asText()).isEqualTo("ORGANIZATION_CODE");
        assertThat(out.toString()).doesNotContain("11010519491231002X");
    }

    @Test
    void valuesFromAFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ids.txt");
        Files.writeString(f, "91350100M000100Y43\n\n 19220382-2 \n", StandardCharsets.UTF_8);
        assertThat(run("id", "check", "--file", f.toString())).isEqualTo(ExitCode.FINDING);
        assertThat(out.toString()).contains("91350100M000100Y43").contains("19220382-2: organisation code");
        assertThat(out.toString()).contains("check character (position 9) is '2', expected '1'");
    }

    @Test
    void invalidAllDigitValuesAreMaskedWhateverTheyWereTakenFor() {
        // a mobile number is taken for an organisation code of the wrong length; an 18-digit value whose region
        // is not a province is taken for a credit code: either may be personal data
        assertThat(run("id", "check", "13812345678", "990105194912310021", "D2143569-X", "91350100M000100Y44"))
                .isEqualTo(ExitCode.FINDING);
        assertThat(out.toString())
                .doesNotContain("13812345678")
                .contains("1*********8: organisation code")
                .doesNotContain("990105194912310021")
                .contains("9****************1: unified social credit code")
                .contains("D2143569-X: organisation code")
                .contains("91350100M000100Y44: unified social credit code");
    }

    @Test
    void wrongLengthIsAFindingNotAUsageError() {
        assertThat(run("id", "check", "1101051949123100")).isEqualTo(ExitCode.FINDING);
        assertThat(out.toString()).contains("ZHIFA-ID-002");
    }
}
