package io.github.zhifa.cli.review;

import io.github.zhifa.cli.Cli;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Parsing shared by the review subcommands. */
final class Options {
    private Options() {}

    /**
     * Parses {@code CN}, {@code 500000} or {@code 110101/公安}.
     *
     * @param code the code
     * @return the jurisdiction
     */
    static Jurisdiction jurisdiction(String code) {
        String[] parts = code.split("/", 2);
        if (!Jurisdiction.isValidRegion(parts[0]) || (parts.length == 2 && parts[1].isBlank())) {
            throw new UsageException("--jurisdiction must be CN or a 6-digit division code, optionally /DEPARTMENT"
                    + " (e.g. 500000 or 110101/公安): " + code);
        }
        return Jurisdiction.of(parts[0], parts.length == 2 ? parts[1] : null);
    }

    static LocalDate date(String option, String text) {
        try {
            return Cli.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    static RuleSet rules(List<Path> files, boolean bundled) {
        RuleSet rules = bundled ? RuleSet.bundled() : null;
        for (Path f : files) {
            RuleSet r = RuleSet.load(f);
            rules = rules == null ? r : rules.plus(r);
        }
        if (rules == null) {
            throw new UsageException("--no-bundled needs at least one --rules FILE");
        }
        return rules;
    }
}
