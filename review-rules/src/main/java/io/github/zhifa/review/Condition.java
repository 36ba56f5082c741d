package io.github.zhifa.review;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A typed predicate over {@link CaseFacts}, evaluated in three-valued logic: a condition on an unknown fact is
 * {@link Truth#UNKNOWN}, {@code all} is false as soon as one part is false, {@code any} true as soon as one part is
 * true. Immutable and thread-safe. Build with the static factories or load from a rule file ({@link RuleSet}).
 */
public sealed interface Condition
        permits Condition.Flag,
                Condition.Known,
                Condition.In,
                Condition.AmountAtLeast,
                Condition.CountAtLeast,
                Condition.All,
                Condition.Any,
                Condition.Not {

    /**
     * Tests the condition, without building an explanation.
     *
     * @param facts the facts
     * @return the truth
     */
    Truth test(CaseFacts facts);

    /**
     * Tests the condition and explains the result.
     *
     * @param facts the facts
     * @return the explanation node
     */
    ConditionTrace explain(CaseFacts facts);

    /**
     * If this condition is {@link Truth#UNKNOWN} for the facts, adds the unknown facts that would decide it (the
     * same as {@code explain(facts).missing()}, without building the explanation where it can be avoided).
     *
     * @param facts the facts
     * @param into where to add them
     */
    default void collectMissing(CaseFacts facts, Set<Fact> into) {
        if (test(facts) == Truth.UNKNOWN) {
            into.addAll(explain(facts).missing());
        }
    }

    /**
     * A readable form, e.g. {@code all(flag majorRights, flag hearingHeld)}.
     *
     * @return the text
     */
    String describe();

    /**
     * A flag fact is true.
     *
     * @param fact a {@link Fact.Type#FLAG} fact
     * @return the condition
     */
    static Condition flag(Fact fact) {
        return new Flag(fact);
    }

    /**
     * A fact is known (whatever its value). Note: unlike the other conditions this one can change from true to false
     * when a fact is added under {@code not}; the bundled rules do not use it under {@code not}.
     *
     * @param fact the fact
     * @return the condition
     */
    static Condition known(Fact fact) {
        return new Known(fact);
    }

    /**
     * A category fact is one of the values, or a kinds fact contains one of them.
     *
     * @param fact a {@link Fact.Type#CATEGORY} or {@link Fact.Type#KINDS} fact
     * @param values constants of the fact's enum
     * @return the condition
     */
    static Condition in(Fact fact, Collection<? extends Enum<?>> values) {
        return new In(fact, values);
    }

    /**
     * An amount is at least the threshold for the party's category. A category without a threshold does not match,
     * except that {@link PartyCategory#INDIVIDUAL_BUSINESS} falls back to {@link PartyCategory#NATURAL_PERSON}.
     *
     * @param fact an {@link Fact.Type#AMOUNT} fact
     * @param thresholds yuan by party category
     * @return the condition
     */
    static Condition amountAtLeast(Fact fact, Map<PartyCategory, BigDecimal> thresholds) {
        return new AmountAtLeast(fact, thresholds);
    }

    /**
     * A count fact, or the size of a kinds fact, is at least a number.
     *
     * @param fact a {@link Fact.Type#COUNT} or {@link Fact.Type#KINDS} fact
     * @param atLeast the minimum
     * @return the condition
     */
    static Condition countAtLeast(Fact fact, int atLeast) {
        return new CountAtLeast(fact, atLeast);
    }

    /**
     * All parts hold.
     *
     * @param parts the parts, at least one
     * @return the condition
     */
    static Condition all(List<Condition> parts) {
        return new All(parts);
    }

    /**
     * At least one part holds.
     *
     * @param parts the parts, at least one
     * @return the condition
     */
    static Condition any(List<Condition> parts) {
        return new Any(parts);
    }

    /**
     * The part does not hold.
     *
     * @param part the part
     * @return the condition
     */
    static Condition not(Condition part) {
        return new Not(part);
    }

    private static void require(Fact fact, Set<Fact.Type> types) {
        Objects.requireNonNull(fact, "fact");
        if (!types.contains(fact.type())) {
            throw new IllegalArgumentException("fact " + fact.jsonName() + " is " + fact.type() + ", not " + types);
        }
    }

    /** A flag fact is true. */
    final class Flag implements Condition {
        private final Fact fact;
        private final String text;

        private Flag(Fact fact) {
            require(fact, EnumSet.of(Fact.Type.FLAG));
            this.fact = fact;
            this.text = "flag " + fact.jsonName();
        }

        /**
         * The fact.
         *
         * @return the fact
         */
        public Fact fact() {
            return fact;
        }

        @Override
        public Truth test(CaseFacts facts) {
            Object v = facts.raw(fact);
            return v == null ? Truth.UNKNOWN : Truth.of((Boolean) v);
        }

        @Override
        public ConditionTrace explain(CaseFacts facts) {
            Object v = facts.raw(fact);
            return v == null
                    ? new ConditionTrace(describe(), Truth.UNKNOWN, Map.of(), Set.of(fact), List.of())
                    : new ConditionTrace(describe(), test(facts), Map.of(fact, v), Set.of(), List.of());
        }

        @Override
        public String describe() {
            return text;
        }
    }

    /** A fact is known. */
    final class Known implements Condition {
        private final Fact fact;

        private Known(Fact fact) {
            this.fact = Objects.requireNonNull(fact, "fact");
        }

        @Override
        public Truth test(CaseFacts facts) {
            return Truth.of(facts.raw(fact) != null);
        }

        @Override
        public ConditionTrace explain(CaseFacts facts) {
            Object v = facts.raw(fact);
            return new ConditionTrace(
                    describe(), test(facts), v == null ? Map.of() : Map.of(fact, v), Set.of(), List.of());
        }

        @Override
        public String describe() {
            return "known " + fact.jsonName();
        }
    }

    /** A category is one of a set, or a set of kinds meets it. */
    final class In implements Condition {
        private final Fact fact;
        private final long mask;
        private final String text;

        private In(Fact fact, Collection<? extends Enum<?>> values) {
            require(fact, EnumSet.of(Fact.Type.CATEGORY, Fact.Type.KINDS));
            if (values.isEmpty()) {
                throw new IllegalArgumentException("values must not be empty");
            }
            Class<? extends Enum<?>> type = fact.valueEnum().orElseThrow();
            long m = 0;
            Set<String> n = new LinkedHashSet<>();
            for (Enum<?> e : values) {
                if (!type.isInstance(e)) {
                    throw new IllegalArgumentException(e + " is not a value of " + fact.jsonName());
                }
                m |= 1L << e.ordinal();
                n.add(e.name());
            }
            this.fact = fact;
            this.mask = m;
            this.text = fact.jsonName() + (fact.type() == Fact.Type.KINDS ? " includes any of " : " in ") + n;
        }

        @Override
        public Truth test(CaseFacts facts) {
            Object v = facts.raw(fact);
            if (v == null) {
                return Truth.UNKNOWN;
            }
            if (v instanceof Set<?> s) {
                for (Object k : s) {
                    if ((mask & (1L << ((Enum<?>) k).ordinal())) != 0) {
                        return Truth.TRUE;
                    }
                }
                return Truth.FALSE;
            }
            return Truth.of((mask & (1L << ((Enum<?>) v).ordinal())) != 0);
        }

        @Override
        public ConditionTrace explain(CaseFacts facts) {
            Object v = facts.raw(fact);
            return v == null
                    ? new ConditionTrace(describe(), Truth.UNKNOWN, Map.of(), Set.of(fact), List.of())
                    : new ConditionTrace(describe(), test(facts), Map.of(fact, v), Set.of(), List.of());
        }

        @Override
        public String describe() {
            return text;
        }
    }

    /** An amount is at least the threshold of the party's category. */
    final class AmountAtLeast implements Condition {
        private static final PartyCategory[] PARTIES = PartyCategory.values();
        private final Fact fact;
        private final Map<PartyCategory, BigDecimal> declared;
        private final BigDecimal[] byParty;
        private final BigDecimal min;
        private final BigDecimal max;
        private final boolean partyMatters;
        private final String text;

        private AmountAtLeast(Fact fact, Map<PartyCategory, BigDecimal> thresholds) {
            require(fact, EnumSet.of(Fact.Type.AMOUNT));
            if (thresholds.isEmpty()) {
                throw new IllegalArgumentException("thresholds must not be empty");
            }
            this.fact = fact;
            this.declared = Collections.unmodifiableMap(new EnumMap<>(thresholds));
            this.byParty = new BigDecimal[PARTIES.length];
            BigDecimal lo = null;
            BigDecimal hi = null;
            boolean gap = false;
            for (PartyCategory p : PARTIES) {
                BigDecimal t = thresholds.get(p);
                if (t == null && p == PartyCategory.INDIVIDUAL_BUSINESS) {
                    t = thresholds.get(PartyCategory.NATURAL_PERSON);
                }
                if (t != null && t.signum() < 0) {
                    throw new IllegalArgumentException("threshold must not be negative: " + t);
                }
                byParty[p.ordinal()] = t;
                if (t == null) {
                    gap = true;
                    continue;
                }
                lo = lo == null || t.compareTo(lo) < 0 ? t : lo;
                hi = hi == null || t.compareTo(hi) > 0 ? t : hi;
            }
            this.min = lo;
            this.max = gap ? null : hi;
            this.partyMatters = gap || lo.compareTo(hi) != 0;
            Map<PartyCategory, String> shown = new EnumMap<>(PartyCategory.class);
            declared.forEach((k, v) -> shown.put(k, ConditionTrace.render(v)));
            this.text = fact.jsonName() + " ≥ " + shown;
        }

        /**
         * The thresholds as declared.
         *
         * @return yuan by party category
         */
        public Map<PartyCategory, BigDecimal> thresholds() {
            return declared;
        }

        @Override
        public Truth test(CaseFacts facts) {
            BigDecimal amount = (BigDecimal) facts.raw(fact);
            if (amount == null) {
                return Truth.UNKNOWN;
            }
            Object party = facts.raw(Fact.PARTY_CATEGORY);
            if (party != null) {
                BigDecimal t = byParty[((PartyCategory) party).ordinal()];
                return Truth.of(t != null && amount.compareTo(t) >= 0);
            }
            if (max != null && amount.compareTo(max) >= 0) {
                return Truth.TRUE;
            }
            return amount.compareTo(min) < 0 ? Truth.FALSE : Truth.UNKNOWN;
        }

        @Override
        public ConditionTrace explain(CaseFacts facts) {
            Truth t = test(facts);
            Object amount = facts.raw(fact);
            Object party = facts.raw(Fact.PARTY_CATEGORY);
            Map<Fact, Object> used = amount == null
                    ? (party == null ? Map.of() : Map.of(Fact.PARTY_CATEGORY, party))
                    : (party == null ? Map.of(fact, amount) : Map.of(fact, amount, Fact.PARTY_CATEGORY, party));
            Set<Fact> missing = Set.of();
            if (t == Truth.UNKNOWN) {
                boolean askParty = party == null && partyMatters;
                missing = amount == null
                        ? (askParty ? Set.of(fact, Fact.PARTY_CATEGORY) : Set.of(fact))
                        : Set.of(Fact.PARTY_CATEGORY);
            }
            return new ConditionTrace(text, t, used, missing, List.of());
        }

        @Override
        public String describe() {
            return text;
        }
    }

    /** A count is at least a number. */
    final class CountAtLeast implements Condition {
        private final Fact fact;
        private final int atLeast;
        private final String text;

        private CountAtLeast(Fact fact, int atLeast) {
            require(fact, EnumSet.of(Fact.Type.COUNT, Fact.Type.KINDS));
            if (atLeast < 0) {
                throw new IllegalArgumentException("atLeast must not be negative");
            }
            this.fact = fact;
            this.atLeast = atLeast;
            this.text = "count " + fact.jsonName() + " ≥ " + atLeast;
        }

        @Override
        public Truth test(CaseFacts facts) {
            Object v = facts.raw(fact);
            if (v == null) {
                return Truth.UNKNOWN;
            }
            int n = v instanceof Set<?> s ? s.size() : (Integer) v;
            return Truth.of(n >= atLeast);
        }

        @Override
        public ConditionTrace explain(CaseFacts facts) {
            Object v = facts.raw(fact);
            return v == null
                    ? new ConditionTrace(describe(), Truth.UNKNOWN, Map.of(), Set.of(fact), List.of())
                    : new ConditionTrace(describe(), test(facts), Map.of(fact, v), Set.of(), List.of());
        }

        @Override
        public String describe() {
            return text;
        }
    }

    /** All parts hold. */
    final class All implements Condition {
        private final Condition[] parts;

        private All(List<Condition> parts) {
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("all needs at least one part");
            }
            this.parts = parts.toArray(new Condition[0]);
        }

        @Override
        public Truth test(CaseFacts facts) {
            return junction(parts, facts, Truth.FALSE);
        }

        @Override
        public ConditionTrace explain(CaseFacts facts) {
            return combine("all", 0, parts, facts);
        }

        @Override
        public void collectMissing(CaseFacts facts, Set<Fact> into) {
            missingOfParts(this, parts, facts, into);
        }

        @Override
        public String describe() {
            return "all";
        }
    }

    /** At least one part holds. */
    final class Any implements Condition {
        private final Condition[] parts;

        private Any(List<Condition> parts) {
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("any needs at least one part");
            }
            this.parts = parts.toArray(new Condition[0]);
        }

        @Override
        public Truth test(CaseFacts facts) {
            return junction(parts, facts, Truth.TRUE);
        }

        @Override
        public ConditionTrace explain(CaseFacts facts) {
            return combine("any", 1, parts, facts);
        }

        @Override
        public void collectMissing(CaseFacts facts, Set<Fact> into) {
            missingOfParts(this, parts, facts, into);
        }

        @Override
        public String describe() {
            return "any";
        }
    }

    /** The part does not hold. */
    final class Not implements Condition {
        private final Condition part;

        private Not(Condition part) {
            this.part = Objects.requireNonNull(part, "part");
        }

        @Override
        public Truth test(CaseFacts facts) {
            return part.test(facts).not();
        }

        @Override
        public ConditionTrace explain(CaseFacts facts) {
            return combine("not", 2, new Condition[] {part}, facts);
        }

        @Override
        public void collectMissing(CaseFacts facts, Set<Fact> into) {
            part.collectMissing(facts, into);
        }

        @Override
        public String describe() {
            return "not";
        }
    }

    /**
     * Three-valued all (dominant FALSE) or any (dominant TRUE): the dominant value as soon as a part has it, else
     * UNKNOWN if a part is unknown, else the other value.
     */
    private static Truth junction(Condition[] parts, CaseFacts facts, Truth dominant) {
        Truth r = dominant.not();
        for (Condition c : parts) {
            Truth t = c.test(facts);
            if (t == dominant) {
                return dominant;
            }
            if (t == Truth.UNKNOWN) {
                r = Truth.UNKNOWN;
            }
        }
        return r;
    }

    /** An undecided junction is missing what its parts are missing. */
    private static void missingOfParts(Condition self, Condition[] parts, CaseFacts facts, Set<Fact> into) {
        if (self.test(facts) == Truth.UNKNOWN) {
            for (Condition c : parts) {
                c.collectMissing(facts, into);
            }
        }
    }

    private static ConditionTrace combine(String name, int kind, Condition[] parts, CaseFacts facts) {
        ConditionTrace[] children = new ConditionTrace[parts.length];
        boolean anyTrue = false;
        boolean anyFalse = false;
        boolean anyUnknown = false;
        for (int i = 0; i < parts.length; i++) {
            ConditionTrace child = parts[i].explain(facts);
            children[i] = child;
            switch (child.truth()) {
                case TRUE -> anyTrue = true;
                case FALSE -> anyFalse = true;
                default -> anyUnknown = true;
            }
        }
        Truth truth;
        if (kind == 0) {
            truth = anyFalse ? Truth.FALSE : anyUnknown ? Truth.UNKNOWN : Truth.TRUE;
        } else if (kind == 1) {
            truth = anyTrue ? Truth.TRUE : anyUnknown ? Truth.UNKNOWN : Truth.FALSE;
        } else {
            truth = children[0].truth().not();
        }
        Set<Fact> missing = Set.of();
        if (truth == Truth.UNKNOWN) {
            Set<Fact> m = EnumSet.noneOf(Fact.class);
            for (ConditionTrace c : children) {
                if (c.truth() == Truth.UNKNOWN) {
                    m.addAll(c.missing());
                }
            }
            missing = m;
        }
        return new ConditionTrace(name, truth, Map.of(), missing, List.of(children));
    }
}
