package io.github.zhifa.cli.demo;

import io.github.zhifa.core.domain.Decision;
import io.github.zhifa.core.domain.Party;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.core.validation.ZhifaValidation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Demo step: core. Reads two bundled enforcement decisions (one valid, one with several problems) with
 * {@code ZhifaJson}, validates them with {@code ZhifaValidation} and prints every violation with its code, field
 * path and Chinese and English text. No personal data is printed in clear.
 */
final class CoreDemo implements DemoStep {
    /** The bundled samples, in the order shown. */
    static final List<String> SAMPLES = List.of("decision-valid.json", "decision-invalid.json");

    @Override
    public String title() {
        return "core: validating enforcement decisions";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        for (String name : SAMPLES) {
            Decision d = load(name);
            List<Violation> violations = ZhifaValidation.validate(d);
            out.println();
            out.println("sample " + name + ": " + d.documentNumber() + " — " + category(d) + ", party: " + party(d));
            long errors = violations.stream().filter(Violation::isError).count();
            if (violations.isEmpty()) {
                out.println("  valid: no violation / 校验通过");
                continue;
            }
            out.println("  " + (errors > 0 ? "INVALID" : "valid with warnings") + ": " + errors + " error(s), "
                    + (violations.size() - errors) + " warning(s)");
            for (Violation v : violations) {
                out.printf("  %-7s %-13s %s%n", v.severity(), v.code(), v.path());
                out.println("          " + v.messageZh());
                out.println("          " + v.messageEn());
            }
        }
    }

    static Decision load(String name) {
        try (InputStream in = CoreDemo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample missing: " + name);
            }
            return ZhifaJson.read(in, name, Decision.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String category(Decision d) {
        return d.category() == null ? "?" : d.category().chineseName();
    }

    /** The party's kind, and its name only when it is not a natural person (whose name is personal data). */
    private static String party(Decision d) {
        Party p = d.party();
        if (p == null || p.kind() == null) {
            return "?";
        }
        return p.kind().chineseName() + (p.kind().isNaturalPerson() ? " (name withheld)" : " " + p.name());
    }
}
