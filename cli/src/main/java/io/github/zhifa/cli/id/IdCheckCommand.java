package io.github.zhifa.cli.id;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhifa.cli.Cli;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.core.id.IdentifierCheck;
import io.github.zhifa.core.id.IdentifierType;
import io.github.zhifa.core.id.Identifiers;
import io.github.zhifa.core.id.UnifiedSocialCreditCode;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa id check <value>...}: says what each value is (resident ID, residence permit, credit code,
 * organisation code, detected by shape) and whether it is valid, with the rule that failed. Resident ID numbers are
 * printed masked. Exit 0 when all are valid, 1 when one is not, 2 for bad usage.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check resident ID numbers, residence permits, unified social credit codes and organisation codes.",
            "The kind is detected by shape. Exit 0 valid, 1 invalid, 2 bad usage."
        })
public final class IdCheckCommand implements Callable<Integer> {
    /** Anything longer, or with other characters, is not an identifier at all: a usage error. */
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z-]{1,32}");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "VALUE", arity = "0..*", description = "the identifiers to check")
    List<String> values = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "also check every non-blank line of FILE (UTF-8)")
    Path file;

    @Option(names = "--lenient", description = "accept a wrong check character in credit codes (pre-2016 codes)")
    boolean lenient;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    /** Creates the command (called by picocli). */
    public IdCheckCommand() {}

    @Override
    public Integer call() throws IOException {
        List<String> all = new ArrayList<>(values);
        if (file != null) {
            for (String line : Cli.readLines(file)) {
                if (!line.isBlank()) {
                    all.add(line.strip());
                }
            }
        }
        if (all.isEmpty()) {
            throw new UsageException("id check: give a VALUE or --file (see 'zhifa id check --help')");
        }
        for (int i = 0; i < all.size(); i++) {
            String v = all.get(i).strip();
            if (!SHAPE.matcher(v).matches()) {
                throw new UsageException("id check: value " + (i + 1) + " is not shaped like an identifier ("
                        + v.length() + " characters; expected 9 to 18 letters, digits or '-')");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        ArrayNode results = ZhifaJson.mapper().createArrayNode();
        for (String v : all) {
            IdentifierType type = Identifiers.detect(v);
            IdentifierCheck c = type == IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE && lenient
                    ? UnifiedSocialCreditCode.check(v, UnifiedSocialCreditCode.Mode.LENIENT)
                    : Identifiers.check(v, type);
            allValid &= c.isValid();
            if (json) {
                results.add(toJson(v, c));
            } else {
                print(out, v, c);
            }
        }
        if (json) {
            out.println(writeJson(results.size() == 1 ? results.get(0) : results));
        }
        return allValid ? ExitCode.OK : ExitCode.FINDING;
    }

    /**
     * Resident ID numbers are personal data: shown as first and last character only. So is any other value that
     * failed its check and is all digits (a trailing X allowed): a mistyped ID number taken for a credit code, or a
     * phone number taken for an organisation code, may be personal. Valid credit and organisation codes, and invalid
     * ones with letters, identify organisations and are shown.
     */
    static String shown(String value, IdentifierType type, boolean valid) {
        String v = value.strip();
        boolean personal = type == IdentifierType.RESIDENT_ID_18
                || type == IdentifierType.RESIDENT_ID_15
                || type == IdentifierType.RESIDENCE_PERMIT
                || (!valid && v.matches("[0-9]+[Xx]?"));
        return personal ? Cli.masked(v) : v;
    }

    private static void print(PrintWriter out, String value, IdentifierCheck c) {
        IdentifierType t = c.type();
        String verdict = c.isStrictlyValid() ? "valid" : c.isValid() ? "accepted (lenient)" : "INVALID";
        out.println(shown(value, t, c.isValid()) + ": " + t.englishName() + " / " + t.chineseName() + " ("
                + t.standard() + "): " + verdict);
        c.problemOpt().ifPresent(p -> {
            out.println("  " + p.code() + " " + c.message(Locale.ENGLISH));
            out.println("  " + p.code() + " " + c.message(Locale.SIMPLIFIED_CHINESE));
        });
    }

    private static ObjectNode toJson(String value, IdentifierCheck c) {
        ObjectNode n = ZhifaJson.mapper().createObjectNode();
        n.put("value", shown(value, c.type(), c.isValid()));
        n.put("type", c.type().name());
        n.put("typeZh", c.type().chineseName());
        n.put("standard", c.type().standard());
        n.put("valid", c.isValid());
        n.put("strictlyValid", c.isStrictlyValid());
        c.problemOpt().ifPresent(p -> {
            n.put("code", p.code());
            n.put("problem", p.name());
            if (c.position() > 0) {
                n.put("position", c.position());
            }
            if (!c.expected().isEmpty()) {
                n.put("expected", c.expected());
            }
            if (!c.found().isEmpty()) {
                n.put("found", c.found());
            }
            n.put("messageEn", c.message(Locale.ENGLISH));
            n.put("messageZh", c.message(Locale.SIMPLIFIED_CHINESE));
        });
        return n;
    }

    private static String writeJson(Object node) {
        try {
            return ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
