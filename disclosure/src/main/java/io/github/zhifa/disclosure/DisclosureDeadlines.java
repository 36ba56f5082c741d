package io.github.zhifa.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.LegalPeriod;
import io.github.zhifa.calendar.WorkingDayCalendar;
import io.github.zhifa.core.domain.EnforcementCategory;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The disclosure deadlines and publicity periods, as data (the bundled {@code disclosure-rules.json}, or a file of
 * the same format the caller loads), evaluated with a working-day calendar:
 *
 * <ul>
 *   <li>publication within 7 working days of a licensing or penalty decision and 20 of any other (seed plan);
 *   <li>withdrawal within 3 working days of the revocation (行政处罚法 arts. 48, 85; SAMR rule art. 11);
 *   <li>公示期: 3 months for a penalty that is only 通报批评 or a small fine, 3 years otherwise, at least 3 years for
 *       restrictions (SAMR rule art. 13); what counts as a small fine is set by each province (art. 13 para. 2), so
 *       it is a {@linkplain #withSmallFineThreshold(BigDecimal) setting}: without it a fine-only penalty may have
 *       either period;
 *   <li>a warning-only penalty is not published (SAMR rule art. 2 para. 2).
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class DisclosureDeadlines {
    private static final String BUNDLED = "disclosure-rules.json";

    private final WorkingDayCalendar calendar;
    private final Rules rules;
    private final BigDecimal smallFineThreshold;

    private record Condition(Set<PenaltyKind> kindsAny, Set<PenaltyKind> kindsWithin, boolean fineAtMostSmall) {}

    private record PublicationRule(String category, DeadlineRule rule) {}

    private record PublicityRule(PublicityPeriod period, Condition when) {}

    private record NotPublishedRule(RuleReference rule, Condition when) {}

    private record Rules(
            List<PublicationRule> publication,
            DeadlineRule withdrawal,
            List<PublicityRule> publicity,
            List<NotPublishedRule> notPublished) {}

    /** Three-valued outcome of a condition: a fine-only penalty without a threshold is neither small nor not. */
    private enum Match {
        YES,
        NO,
        UNKNOWN
    }

    private DisclosureDeadlines(WorkingDayCalendar calendar, Rules rules, BigDecimal smallFineThreshold) {
        this.calendar = calendar;
        this.rules = rules;
        this.smallFineThreshold = smallFineThreshold;
    }

    /**
     * The bundled rules on the official national calendar ({@link ChinaCalendar#official()}).
     *
     * @return the deadlines
     */
    public static DisclosureDeadlines standard() {
        return of(ChinaCalendar.official());
    }

    /**
     * The bundled rules on a given calendar (e.g. with a regional overlay or a newer schedule).
     *
     * @param calendar the working-day calendar
     * @return the deadlines
     */
    public static DisclosureDeadlines of(WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        try (InputStream in = DisclosureDeadlines.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + BUNDLED + " missing");
            }
            return new DisclosureDeadlines(calendar, parse(in, BUNDLED), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The calendar the deadlines are counted on.
     *
     * @return the calendar
     */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * The same deadlines with other rules data, in the format of the bundled {@code disclosure-rules.json}.
     *
     * @param rulesJson the rules, not closed
     * @param source a name for the input in error messages
     * @return the new deadlines
     * @throws MalformedPayloadException if the rules are not in the format
     */
    public DisclosureDeadlines withRules(InputStream rulesJson, String source) {
        return new DisclosureDeadlines(calendar, parse(rulesJson, source), smallFineThreshold);
    }

    /**
     * The same deadlines with a province's 较低数额罚款 threshold (SAMR rule art. 13 para. 2): a penalty of only
     * 通报批评 and/or a fine of at most this amount is published for 3 months.
     *
     * @param wanYuan the threshold in 万元
     * @return the new deadlines
     */
    public DisclosureDeadlines withSmallFineThreshold(BigDecimal wanYuan) {
        Objects.requireNonNull(wanYuan, "wanYuan");
        return new DisclosureDeadlines(calendar, rules, wanYuan);
    }

    /**
     * The 较低数额罚款 threshold, if one is set.
     *
     * @return the threshold in 万元
     */
    public Optional<BigDecimal> smallFineThreshold() {
        return Optional.ofNullable(smallFineThreshold);
    }

    /**
     * The publication rule for a record: by its kind, and for a general record by its enforcement category.
     *
     * @param record the record
     * @return the rule
     */
    public DeadlineRule publicationRule(DisclosureRecord record) {
        Objects.requireNonNull(record, "record");
        String category =
                switch (record.kind()) {
                    case PENALTY -> "PENALTY";
                    case LICENSING -> "LICENSING";
                    case GENERAL -> {
                        EnforcementCategory c = ((GeneralRecord) record).category();
                        yield c == null ? "*" : c.name();
                    }
                };
        return publicationRule(category);
    }

    /**
     * The publication rule for a kind of record, without a record at hand: penalty and licensing decisions have
     * their own rules; {@link RecordKind#GENERAL} gives the rule for other decisions (the {@code *} rule of the
     * data), whatever the record's enforcement category.
     *
     * @param kind the kind
     * @return the rule
     */
    public DeadlineRule publicationRule(RecordKind kind) {
        Objects.requireNonNull(kind, "kind");
        return publicationRule(
                switch (kind) {
                    case PENALTY -> "PENALTY";
                    case LICENSING -> "LICENSING";
                    case GENERAL -> "*";
                });
    }

    private DeadlineRule publicationRule(String category) {
        for (PublicationRule r : rules.publication()) {
            if (r.category().equals(category)) {
                return r.rule();
            }
        }
        for (PublicationRule r : rules.publication()) {
            if (r.category().equals("*")) {
                return r.rule();
            }
        }
        throw new IllegalStateException("the rules have no publication rule for " + category + " nor '*'");
    }

    /**
     * The publication deadline of a decision of a kind, with the calendar's explanation (the days skipped and why,
     * make-up workdays counted): the {@link #publicationRule(RecordKind)}'s working days after {@code decidedOn}.
     *
     * @param kind the kind of record
     * @param decidedOn the day of the decision (not counted)
     * @return the deadline; {@link Deadline#end()} is the last day to publish
     * @throws io.github.zhifa.calendar.CalendarDataUnavailableException if the calendar has no data for the days
     */
    public Deadline publication(RecordKind kind, LocalDate decidedOn) {
        Objects.requireNonNull(decidedOn, "decidedOn");
        return LegalPeriod.workingDays(publicationRule(kind).workingDays()).after(decidedOn, calendar);
    }

    /**
     * The withdrawal deadline with the calendar's explanation: the {@link #withdrawalRule()}'s working days after
     * the revocation. {@link Deadline#end()} equals {@link #withdrawalDeadline(LocalDate)}.
     *
     * @param revokedOn the day the revoking decision took effect (not counted)
     * @return the deadline; {@link Deadline#end()} is the last day to withdraw
     * @throws io.github.zhifa.calendar.CalendarDataUnavailableException if the calendar has no data for the days
     */
    public Deadline withdrawal(LocalDate revokedOn) {
        Objects.requireNonNull(revokedOn, "revokedOn");
        return LegalPeriod.workingDays(rules.withdrawal().workingDays()).after(revokedOn, calendar);
    }

    /**
     * The last day on which a record may be published.
     *
     * @param record the record, with a decision date
     * @return the deadline
     * @throws IllegalArgumentException if the record has no decision date
     */
    public LocalDate publicationDeadline(DisclosureRecord record) {
        if (record.decisionDate() == null) {
            throw new IllegalArgumentException("the record has no decision date");
        }
        return calendar.plusWorkingDays(
                record.decisionDate(), publicationRule(record).workingDays());
    }

    /**
     * The withdrawal rule.
     *
     * @return the rule
     */
    public DeadlineRule withdrawalRule() {
        return rules.withdrawal();
    }

    /**
     * The last day on which a published decision that was revoked, changed or found unlawful may be withdrawn.
     *
     * @param revokedOn the day the revoking decision took effect
     * @return the deadline
     */
    public LocalDate withdrawalDeadline(LocalDate revokedOn) {
        Objects.requireNonNull(revokedOn, "revokedOn");
        return calendar.plusWorkingDays(revokedOn, rules.withdrawal().workingDays());
    }

    /**
     * Checks a publication date against the publication deadline of a decision of a kind.
     *
     * @param kind the kind of record
     * @param decidedOn the day of the decision (not counted)
     * @param publishedOn the day the information was published
     * @return a {@link DisclosureProblem#PUBLICATION_LATE} violation, a {@link DisclosureProblem#DATE_ORDER} one if
     *     published before the decision, or nothing
     * @throws io.github.zhifa.calendar.CalendarDataUnavailableException if the calendar has no data for the days
     */
    public List<Violation> checkPublication(RecordKind kind, LocalDate decidedOn, LocalDate publishedOn) {
        Objects.requireNonNull(publishedOn, "publishedOn");
        return publicationLate(
                publicationRule(kind), decidedOn, publication(kind, decidedOn).end(), publishedOn);
    }

    /**
     * The one wording of a late publication, for records and for the bare check; a publication before the decision
     * is not "on time" but a date-order error ({@link DisclosureProblem#DATE_ORDER}).
     */
    static List<Violation> publicationLate(
            DeadlineRule rule, LocalDate decidedOn, LocalDate due, LocalDate publishedOn) {
        if (publishedOn.isBefore(decidedOn)) {
            return List.of(DisclosureProblem.DATE_ORDER.error(
                    "publishedOn",
                    "公示日期" + publishedOn + "早于决定日期" + decidedOn,
                    "publishedOn " + publishedOn + " is before the decision date " + decidedOn));
        }
        if (!publishedOn.isAfter(due)) {
            return List.of();
        }
        return List.of(DisclosureProblem.PUBLICATION_LATE.error(
                "publishedOn",
                "决定日" + decidedOn + "后" + rule.workingDays() + "个工作日内（至" + due + "）应公示，实际" + publishedOn + "公示（"
                        + rule.citation() + "）",
                "decided on " + decidedOn + ", due by " + due + " (" + rule.workingDays() + " working days, rule "
                        + rule.id() + "), published on " + publishedOn));
    }

    /**
     * Checks a withdrawal.
     *
     * @param revokedOn the day the revoking decision took effect
     * @param withdrawnOn the day the information was withdrawn
     * @return a {@link DisclosureProblem#WITHDRAWAL_LATE} violation, a {@link DisclosureProblem#DATE_ORDER} one if
     *     withdrawn before the revocation, or nothing
     */
    public List<Violation> checkWithdrawal(LocalDate revokedOn, LocalDate withdrawnOn) {
        Objects.requireNonNull(withdrawnOn, "withdrawnOn");
        if (withdrawnOn.isBefore(revokedOn)) {
            return List.of(DisclosureProblem.DATE_ORDER.error(
                    "withdrawnOn",
                    "撤回日期" + withdrawnOn + "早于撤销日期" + revokedOn,
                    "withdrawnOn " + withdrawnOn + " is before the revocation date " + revokedOn));
        }
        LocalDate deadline = withdrawalDeadline(revokedOn);
        if (withdrawnOn.isAfter(deadline)) {
            DeadlineRule r = rules.withdrawal();
            return List.of(DisclosureProblem.WITHDRAWAL_LATE.error(
                    "withdrawnOn",
                    "撤销日" + revokedOn + "后" + r.workingDays() + "个工作日内（至" + deadline + "）应撤回，实际" + withdrawnOn + "撤回（"
                            + r.citation() + "）",
                    "revoked on " + revokedOn + ", due by " + deadline + " (" + r.workingDays()
                            + " working days), withdrawn on " + withdrawnOn));
        }
        return List.of();
    }

    /**
     * The publicity periods that may apply to a penalty: one when the rules decide, several when they cannot (a
     * fine-only penalty without a {@linkplain #withSmallFineThreshold(BigDecimal) threshold}).
     *
     * @param record the penalty
     * @return the candidate periods, never empty
     */
    public List<PublicityPeriod> publicityPeriods(PenaltyRecord record) {
        Objects.requireNonNull(record, "record");
        List<PublicityPeriod> out = new ArrayList<>();
        for (PublicityRule r : rules.publicity()) {
            Match m = matches(r.when(), record);
            if (m != Match.NO) {
                out.add(r.period());
            }
            if (m == Match.YES) {
                break;
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the rules have no publicity period that applies");
        }
        return out;
    }

    /**
     * The rule under which a penalty is not to be published, if any (e.g. warning only).
     *
     * @param record the penalty
     * @return the rule
     */
    public Optional<RuleReference> notToBePublished(PenaltyRecord record) {
        Objects.requireNonNull(record, "record");
        for (NotPublishedRule r : rules.notPublished()) {
            if (matches(r.when(), record) == Match.YES) {
                return Optional.of(r.rule());
            }
        }
        return Optional.empty();
    }

    private Match matches(Condition c, PenaltyRecord r) {
        if (c == null) {
            return Match.YES;
        }
        List<PenaltyKind> kinds = r.penaltyKinds();
        if (c.kindsAny() != null && kinds.stream().noneMatch(c.kindsAny()::contains)) {
            return Match.NO;
        }
        if (c.kindsWithin() != null && (kinds.isEmpty() || !c.kindsWithin().containsAll(kinds))) {
            return Match.NO;
        }
        if (c.fineAtMostSmall() && kinds.contains(PenaltyKind.FINE)) {
            if (smallFineThreshold == null || r.fineAmount() == null) {
                return Match.UNKNOWN;
            }
            return r.fineAmount().compareTo(smallFineThreshold) <= 0 ? Match.YES : Match.NO;
        }
        return Match.YES;
    }

    // ---------------------------------------------------------------- rules data

    private static Rules parse(InputStream in, String source) {
        JsonNode root = ZhifaJson.readTree(in, source);
        try {
            List<PublicationRule> publication = new ArrayList<>();
            for (JsonNode n : array(root, "publication")) {
                publication.add(new PublicationRule(
                        text(n, "category"),
                        new DeadlineRule(text(n, "id"), integer(n, "workingDays"), text(n, "citation"))));
            }
            JsonNode w = object(root, "withdrawal");
            DeadlineRule withdrawal = new DeadlineRule(text(w, "id"), integer(w, "workingDays"), text(w, "citation"));
            List<PublicityRule> publicity = new ArrayList<>();
            for (JsonNode n : array(root, "publicity")) {
                boolean atLeast = n.has("atLeastMonths");
                int months = integer(n, atLeast ? "atLeastMonths" : "months");
                publicity.add(new PublicityRule(
                        new PublicityPeriod(text(n, "id"), months, atLeast, text(n, "citation")),
                        condition(n.get("when"))));
            }
            List<NotPublishedRule> notPublished = new ArrayList<>();
            for (JsonNode n : array(root, "notPublished")) {
                notPublished.add(new NotPublishedRule(
                        new RuleReference(text(n, "id"), text(n, "citation")), condition(n.get("when"))));
            }
            return new Rules(List.copyOf(publication), withdrawal, List.copyOf(publicity), List.copyOf(notPublished));
        } catch (IllegalArgumentException e) {
            throw new MalformedPayloadException(source, -1, -1, -1, "disclosure rules: " + e.getMessage(), e);
        }
    }

    private static Condition condition(JsonNode when) {
        if (when == null || when.isNull()) {
            return null;
        }
        Set<PenaltyKind> any = when.has("kindsAny") ? kinds(when.get("kindsAny")) : null;
        Set<PenaltyKind> within = when.has("kindsWithin") ? kinds(when.get("kindsWithin")) : null;
        boolean small = false;
        if (when.has("fineAtMost")) {
            if (!"smallFineThreshold".equals(when.get("fineAtMost").asText())) {
                throw new IllegalArgumentException("fineAtMost must be \"smallFineThreshold\"");
            }
            small = true;
        }
        return new Condition(any, within, small);
    }

    private static Set<PenaltyKind> kinds(JsonNode arr) {
        Set<PenaltyKind> s = EnumSet.noneOf(PenaltyKind.class);
        for (JsonNode k : arr) {
            s.add(PenaltyKind.valueOf(k.asText()));
        }
        return s;
    }

    private static JsonNode object(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object");
        }
        return v;
    }

    private static JsonNode array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException("'" + field + "' must be an integer");
        }
        return v.asInt();
    }
}
