package io.github.zhifa.review;

import io.github.zhifa.review.internal.JsonReaders;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one case to evaluate: the decision date, where it is decided, and the {@link Fact}s known about it.
 * A fact that is not set is unknown. Immutable and thread-safe; {@link #with} and {@link #without} return copies.
 *
 * <pre>{@code
 * CaseFacts facts = CaseFacts.builder(LocalDate.of(2024, 5, 10), Jurisdiction.of("500000", null))
 *         .category(Fact.PARTY_CATEGORY, PartyCategory.LEGAL_PERSON)
 *         .penaltyKinds(EnumSet.of(PenaltyKind.FINE))
 *         .amount(Fact.FINE_AMOUNT, new BigDecimal("60000"))
 *         .build();
 * }</pre>
 *
 * <p>JSON form (field names as in {@link Fact#jsonName()}; absent or {@code null} means unknown):
 *
 * <pre>{@code
 * {"decisionDate": "2024-05-10", "jurisdiction": {"region": "500000"},
 *  "facts": {"decisionCategory": "PENALTY", "partyCategory": "LEGAL_PERSON",
 *            "penaltyKinds": ["FINE"], "fineAmount": 60000, "hearingHeld": false}}
 * }</pre>
 */
public final class CaseFacts {
    private static final Fact[] FACTS = Fact.values();

    private final LocalDate decisionDate;
    private final Jurisdiction jurisdiction;
    private final Object[] values;

    private CaseFacts(LocalDate decisionDate, Jurisdiction jurisdiction, Object[] values) {
        this.decisionDate = decisionDate;
        this.jurisdiction = jurisdiction;
        this.values = values;
    }

    /**
     * Starts building the facts of a case.
     *
     * @param decisionDate the date of the decision (selects the rules in force)
     * @param jurisdiction where the case is decided
     * @return a builder
     */
    public static Builder builder(LocalDate decisionDate, Jurisdiction jurisdiction) {
        return new Builder(decisionDate, jurisdiction);
    }

    /**
     * Reads case facts from JSON.
     *
     * @param in the input, not closed
     * @param source a name for the input in error messages
     * @return the facts
     * @throws ReviewDataException ({@code ZHIFA-REV-002}) listing every invalid field
     * @throws io.github.zhifa.core.json.MalformedJsonException if the input is not JSON
     */
    public static CaseFacts read(InputStream in, String source) {
        return JsonReaders.readCase(in, source);
    }

    /**
     * Reads case facts from a JSON file.
     *
     * @param file the file
     * @return the facts
     * @throws ReviewDataException ({@code ZHIFA-REV-002}) listing every invalid field
     * @throws io.github.zhifa.core.json.MalformedJsonException if the file is not JSON
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static CaseFacts read(Path file) {
        return JsonReaders.readCase(file);
    }

    /**
     * The decision date.
     *
     * @return the date
     */
    public LocalDate decisionDate() {
        return decisionDate;
    }

    /**
     * Where the case is decided.
     *
     * @return the jurisdiction
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Whether a fact is known.
     *
     * @param fact the fact
     * @return true if set
     */
    public boolean isKnown(Fact fact) {
        return values[fact.ordinal()] != null;
    }

    /**
     * The value of a fact: a {@link Boolean}, {@link BigDecimal}, {@link Integer}, enum constant, or an unmodifiable
     * {@code Set<PenaltyKind>}, by the fact's {@link Fact#type()}.
     *
     * @param fact the fact
     * @return the value, or empty if unknown
     */
    public Optional<Object> value(Fact fact) {
        return Optional.ofNullable(values[fact.ordinal()]);
    }

    /**
     * The raw value, or null if unknown (for the evaluator).
     *
     * @param fact the fact
     * @return the value or null
     */
    Object raw(Fact fact) {
        return values[fact.ordinal()];
    }

    /**
     * The facts that are known.
     *
     * @return the known facts, in declaration order
     */
    public Set<Fact> known() {
        EnumSet<Fact> s = EnumSet.noneOf(Fact.class);
        for (Fact f : FACTS) {
            if (values[f.ordinal()] != null) {
                s.add(f);
            }
        }
        return s;
    }

    /**
     * A copy with one fact set.
     *
     * @param fact the fact
     * @param value a value of the fact's type (see {@link #value(Fact)})
     * @return the copy
     * @throws IllegalArgumentException if the value does not fit the fact's type
     */
    public CaseFacts with(Fact fact, Object value) {
        Object[] copy = values.clone();
        copy[fact.ordinal()] = checked(fact, Objects.requireNonNull(value, "value"));
        return new CaseFacts(decisionDate, jurisdiction, copy);
    }

    /**
     * A copy with one fact unknown.
     *
     * @param fact the fact
     * @return the copy
     */
    public CaseFacts without(Fact fact) {
        Object[] copy = values.clone();
        copy[fact.ordinal()] = null;
        return new CaseFacts(decisionDate, jurisdiction, copy);
    }

    /**
     * A copy decided elsewhere or on another date.
     *
     * @param date the decision date
     * @param place the jurisdiction
     * @return the copy
     */
    public CaseFacts at(LocalDate date, Jurisdiction place) {
        return new CaseFacts(Objects.requireNonNull(date, "date"), Objects.requireNonNull(place, "place"), values);
    }

    private static Object checked(Fact fact, Object value) {
        boolean ok =
                switch (fact.type()) {
                    case FLAG -> value instanceof Boolean;
                    case AMOUNT -> value instanceof BigDecimal b && b.signum() >= 0;
                    case COUNT -> value instanceof Integer i && i >= 0;
                    case CATEGORY -> fact.valueEnum().orElseThrow().isInstance(value);
                    case KINDS -> value instanceof Set<?> s && s.stream().allMatch(PenaltyKind.class::isInstance);
                };
        if (!ok) {
            throw new IllegalArgumentException(
                    "value of type " + value.getClass().getSimpleName() + " does not fit fact " + fact.jsonName() + " ("
                            + fact.type() + ")");
        }
        if (value instanceof Set<?> s) {
            EnumSet<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
            s.forEach(k -> kinds.add((PenaltyKind) k));
            return Collections.unmodifiableSet(kinds);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseFacts c
                && decisionDate.equals(c.decisionDate)
                && jurisdiction.equals(c.jurisdiction)
                && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decisionDate, jurisdiction, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "CaseFacts[" + decisionDate + " " + jurisdiction + " known=" + known() + "]";
    }

    /** Builds {@link CaseFacts}. Not thread-safe. */
    public static final class Builder {
        private final LocalDate decisionDate;
        private final Jurisdiction jurisdiction;
        private final Object[] values = new Object[FACTS.length];

        private Builder(LocalDate decisionDate, Jurisdiction jurisdiction) {
            this.decisionDate = Objects.requireNonNull(decisionDate, "decisionDate");
            this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        }

        /**
         * Sets a fact of any type.
         *
         * @param fact the fact
         * @param value a value of the fact's type (see {@link CaseFacts#value(Fact)})
         * @return this builder
         * @throws IllegalArgumentException if the value does not fit the fact's type
         */
        public Builder set(Fact fact, Object value) {
            values[fact.ordinal()] = checked(fact, Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets a flag.
         *
         * @param fact a {@link Fact.Type#FLAG} fact
         * @param value the value
         * @return this builder
         */
        public Builder flag(Fact fact, boolean value) {
            return set(fact, value);
        }

        /**
         * Sets an amount in yuan.
         *
         * @param fact an {@link Fact.Type#AMOUNT} fact
         * @param yuan the amount, not negative
         * @return this builder
         */
        public Builder amount(Fact fact, BigDecimal yuan) {
            return set(fact, yuan);
        }

        /**
         * Sets a count.
         *
         * @param fact a {@link Fact.Type#COUNT} fact
         * @param count the count, not negative
         * @return this builder
         */
        public Builder count(Fact fact, int count) {
            return set(fact, count);
        }

        /**
         * Sets a category.
         *
         * @param fact a {@link Fact.Type#CATEGORY} fact
         * @param value the constant
         * @return this builder
         */
        public Builder category(Fact fact, Enum<?> value) {
            return set(fact, value);
        }

        /**
         * Sets the penalty kinds.
         *
         * @param kinds the kinds (empty: no penalty)
         * @return this builder
         */
        public Builder penaltyKinds(Set<PenaltyKind> kinds) {
            return set(Fact.PENALTY_KINDS, kinds);
        }

        /**
         * Builds the facts.
         *
         * @return the facts
         */
        public CaseFacts build() {
            return new CaseFacts(decisionDate, jurisdiction, values.clone());
        }
    }
}
