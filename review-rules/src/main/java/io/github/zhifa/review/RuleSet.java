package io.github.zhifa.review;

import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.review.internal.JsonReaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable, thread-safe set of rules, possibly for several jurisdictions and periods, and their evaluation.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.bundled();                       // national baseline + bundled overlays
 * Evaluation e = rules.evaluate(CaseFacts.read(path));
 * e.outcome(Topic.LEGAL_REVIEW);                          // REQUIRED / NOT_REQUIRED / UNDETERMINED
 * e.topic(Topic.HEARING_NOTICE).missing();                // the facts that would decide it
 * }</pre>
 *
 * <p>Selection: for a case decided on date D in jurisdiction J, each rule id is answered by the most specific
 * version whose jurisdiction covers J and whose effective dates contain D ({@link Jurisdiction#specificity()}); the
 * national baseline applies where no overlay does. Versions of one id must not share a jurisdiction with
 * overlapping dates.
 */
public final class RuleSet {
    /** Resource names of the bundled rule files, baseline first. */
    public static final List<String> BUNDLED =
            List.of("national.json", "overlay-gongan.json", "overlay-chongqing.json");

    private static final Topic[] TOPICS = Topic.values();
    private static final int CACHE_LIMIT = 4096;

    private final List<Rule> rules;
    private final Map<Key, Selection> cache = new ConcurrentHashMap<>();

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * A rule set from rules.
     *
     * @param rules the rules
     * @return the set
     * @throws ReviewDataException ({@code ZHIFA-REV-001}) if two versions of a rule conflict
     */
    public static RuleSet of(Collection<Rule> rules) {
        List<Rule> list = List.copyOf(rules);
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                Rule a = list.get(i);
                Rule b = list.get(j);
                if (!a.id().equals(b.id())) {
                    continue;
                }
                String path = "rules(" + a.id() + ")";
                if (a.topic() != b.topic()) {
                    problems.add(Violation.error(
                            ReviewDataException.RULES,
                            path + ".topic",
                            "同一规则的各版本主题不一致",
                            "versions of one rule have different topics"));
                } else if (a.jurisdiction().equals(b.jurisdiction()) && overlap(a, b)) {
                    problems.add(Violation.error(
                            ReviewDataException.RULES,
                            path + ".effective",
                            "同一管辖（" + a.jurisdiction() + "）下同一规则的两个版本生效期间重叠",
                            "two versions for jurisdiction " + a.jurisdiction() + " have overlapping dates"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewDataException(ReviewDataException.RULES, "rule set", problems);
        }
        return new RuleSet(list);
    }

    private static boolean overlap(Rule a, Rule b) {
        LocalDate aEnd = a.effectiveUntil().orElse(LocalDate.MAX);
        LocalDate bEnd = b.effectiveUntil().orElse(LocalDate.MAX);
        return !a.effectiveFrom().isAfter(bEnd) && !b.effectiveFrom().isAfter(aEnd);
    }

    /**
     * Reads a rule file (format {@code zhifa-review-rules/1}, see the module README).
     *
     * @param in the input, not closed
     * @param source a name for the input in error messages
     * @return the rules
     * @throws ReviewDataException ({@code ZHIFA-REV-001}) naming every invalid rule and field
     * @throws io.github.zhifa.core.json.MalformedJsonException if the input is not JSON
     */
    public static RuleSet read(InputStream in, String source) {
        return of(JsonReaders.readRules(in, source));
    }

    /**
     * Reads a rule file.
     *
     * @param file the file
     * @return the rules
     * @throws ReviewDataException ({@code ZHIFA-REV-001}) naming every invalid rule and field
     * @throws io.github.zhifa.core.json.MalformedJsonException if the file is not JSON
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RuleSet load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One bundled rule file.
     *
     * @param name one of {@link #BUNDLED}
     * @return the rules
     * @throws IllegalArgumentException if there is no such bundled file
     */
    public static RuleSet bundled(String name) {
        if (!BUNDLED.contains(name)) {
            throw new IllegalArgumentException("no bundled rule file " + name + "; one of " + BUNDLED);
        }
        try (InputStream in = RuleSet.class.getResourceAsStream("rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file missing from the jar: " + name);
            }
            return read(in, "bundled:" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The national baseline only (行政处罚法 arts. 33, 58, 63 and the seed plan's review scope).
     *
     * @return the baseline
     */
    public static RuleSet nationalBaseline() {
        return Holder.BASELINE;
    }

    /**
     * The national baseline plus every bundled jurisdiction overlay (公安, 重庆).
     *
     * @return the bundled rules
     */
    public static RuleSet bundled() {
        return Holder.ALL;
    }

    private static final class Holder {
        static final RuleSet BASELINE = bundled("national.json");
        static final RuleSet ALL =
                BUNDLED.stream().skip(1).map(RuleSet::bundled).reduce(BASELINE, RuleSet::plus);
    }

    /**
     * This set plus another's rules.
     *
     * @param other the other set
     * @return the union
     * @throws ReviewDataException if versions of a rule conflict
     */
    public RuleSet plus(RuleSet other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return of(all);
    }

    /**
     * Every rule version, in order.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The rules in force for a date and jurisdiction (the selected version of each id).
     *
     * @param date the decision date
     * @param place the jurisdiction
     * @return the rules, in set order
     */
    public List<Rule> inForce(LocalDate date, Jurisdiction place) {
        return select(date, place).inForce;
    }

    /**
     * Evaluates a case and explains every answer.
     *
     * @param facts the case
     * @return the evaluation
     */
    public Evaluation evaluate(CaseFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Selection s = select(facts.decisionDate(), facts.jurisdiction());
        Map<Topic, List<RuleResult>> byTopic = new EnumMap<>(Topic.class);
        for (Topic t : TOPICS) {
            byTopic.put(t, new ArrayList<>());
        }
        List<String> warnings = new ArrayList<>(2);
        Map<Topic, Set<Fact>> missingByTopic = new EnumMap<>(Topic.class);
        for (Rule r : s.inForce) {
            Truth t = r.condition().test(facts);
            byTopic.get(r.topic()).add(new RuleResult(r, facts, t));
            if (t == Truth.UNKNOWN) {
                r.condition()
                        .collectMissing(
                                facts, missingByTopic.computeIfAbsent(r.topic(), k -> EnumSet.noneOf(Fact.class)));
            }
            if (t != Truth.FALSE && !r.verification().verified()) {
                String w = s.unverified.get(r.id());
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
        }
        Map<Topic, TopicResult> topics = new EnumMap<>(Topic.class);
        for (Topic t : TOPICS) {
            List<RuleResult> list = byTopic.get(t);
            Outcome o = Outcome.NOT_REQUIRED;
            for (RuleResult rr : list) {
                if (rr.truth() == Truth.TRUE) {
                    o = Outcome.REQUIRED;
                    break;
                }
                if (rr.truth() == Truth.UNKNOWN) {
                    o = Outcome.UNDETERMINED;
                }
            }
            if (list.isEmpty() && t.baseline()) {
                warnings.add(s.noRule.get(t));
            }
            Set<Fact> missing = o == Outcome.UNDETERMINED ? missingByTopic.get(t) : Set.of();
            topics.put(t, new TopicResult(t, o, missing, list));
        }
        return new Evaluation(facts, topics, s.skipped, List.copyOf(warnings));
    }

    /**
     * The answer to one topic, without an explanation (fast path).
     *
     * @param topic the topic
     * @param facts the case
     * @return the outcome
     */
    public Outcome outcome(Topic topic, CaseFacts facts) {
        Selection s = select(facts.decisionDate(), facts.jurisdiction());
        Outcome o = Outcome.NOT_REQUIRED;
        for (Rule r : s.byTopic.get(topic)) {
            Truth t = r.condition().test(facts);
            if (t == Truth.TRUE) {
                return Outcome.REQUIRED;
            }
            if (t == Truth.UNKNOWN) {
                o = Outcome.UNDETERMINED;
            }
        }
        return o;
    }

    private Selection select(LocalDate date, Jurisdiction place) {
        Key key = new Key(date, place);
        Selection s = cache.get(key);
        if (s == null) {
            s = compute(date, place);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, s);
        }
        return s;
    }

    private Selection compute(LocalDate date, Jurisdiction place) {
        Map<String, Rule> best = new LinkedHashMap<>();
        List<SkippedRule> skipped = new ArrayList<>();
        for (Rule r : rules) {
            if (!r.jurisdiction().covers(place)) {
                skipped.add(new SkippedRule(r, SkippedRule.Reason.OTHER_JURISDICTION, Optional.empty()));
            } else if (!r.inForceOn(date)) {
                skipped.add(new SkippedRule(r, SkippedRule.Reason.NOT_IN_FORCE, Optional.empty()));
            } else {
                Rule current = best.get(r.id());
                if (current == null
                        || r.jurisdiction().specificity()
                                > current.jurisdiction().specificity()) {
                    best.put(r.id(), r);
                }
            }
        }
        for (Rule r : rules) {
            Rule chosen = best.get(r.id());
            if (chosen != null && chosen != r && r.jurisdiction().covers(place) && r.inForceOn(date)) {
                skipped.add(new SkippedRule(r, SkippedRule.Reason.SUPERSEDED, Optional.of(chosen)));
            }
        }
        List<Rule> inForce = List.copyOf(best.values());
        Map<Topic, List<Rule>> byTopic = new EnumMap<>(Topic.class);
        for (Topic t : TOPICS) {
            byTopic.put(t, inForce.stream().filter(r -> r.topic() == t).toList());
        }
        Map<String, String> unverified = new java.util.HashMap<>();
        for (Rule r : inForce) {
            if (!r.verification().verified()) {
                unverified.put(
                        r.id(),
                        "规则 " + r.id() + " 的内容未经核实（" + r.verification().source() + "）/ rule " + r.id()
                                + " is unverified (" + r.verification().source() + ")");
            }
        }
        Map<Topic, String> noRule = new EnumMap<>(Topic.class);
        for (Topic t : TOPICS) {
            noRule.put(
                    t,
                    "没有适用于 " + t.zh() + " 的规则（" + date + "，" + place + "）/ no rule for " + t
                            + " is in force on that date there");
        }
        return new Selection(inForce, byTopic, List.copyOf(skipped), unverified, noRule);
    }

    private record Key(LocalDate date, Jurisdiction place) {}

    private record Selection(
            List<Rule> inForce,
            Map<Topic, List<Rule>> byTopic,
            List<SkippedRule> skipped,
            Map<String, String> unverified,
            Map<Topic, String> noRule) {}

    @Override
    public String toString() {
        return "RuleSet[" + rules.size() + " rules]";
    }
}
