package io.github.zhifa.disclosure;

import io.github.zhifa.calendar.CalendarException;
import io.github.zhifa.core.id.IdentifierCheck;
import io.github.zhifa.core.id.OrganizationCode;
import io.github.zhifa.core.id.ResidentIdNumber;
import io.github.zhifa.core.id.UnifiedSocialCreditCode;
import io.github.zhifa.core.validation.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates disclosure records before publication and reports every violation, never just the first: required
 * fields per party category, identifier checksums (through {@code core}), controlled vocabularies, amounts in 万元,
 * date order, licence validity, document-number shape, and the deadlines and publicity rules of
 * {@link DisclosureDeadlines}. Violation paths are national field codes ({@code CF_XDR_SHXYM}); the publication
 * date, which is not a field of the record, has the path {@code publishedOn}.
 *
 * <pre>{@code
 * DisclosureValidator validator = DisclosureValidator.builder().deadlines(deadlines).build();
 * List<Violation> problems = validator.validate(record, LocalDate.of(2024, 10, 8));
 * BatchResult batch = validator.validate(DisclosureFormat.read(file, RecordKind.PENALTY), null);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class DisclosureValidator {
    /** Amounts in 万元 with more decimals than this are finer than 0.01 yuan. */
    public static final int MAX_AMOUNT_SCALE = 6;

    /** Amounts in 万元 above this (10^7 万元 = 1000 亿元) are flagged as probably entered in yuan. */
    public static final BigDecimal IMPLAUSIBLE_AMOUNT = new BigDecimal("10000000");

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("^\\S.*?[〔\\[［（(【]\\s*((?:19|20)\\d{2})\\s*[〕\\]］）)】].*?\\d+\\s*号$");

    private static final Set<PenaltyKind> CONFISCATION =
            Set.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS, PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY);

    private final DisclosureDeadlines deadlines;
    private final UnifiedSocialCreditCode.Mode creditCodeMode;
    private final Clock clock;

    private DisclosureValidator(Builder b) {
        this.deadlines = b.deadlines;
        this.creditCodeMode = b.creditCodeMode;
        this.clock = b.clock;
    }

    /**
     * A validator with the bundled deadline rules on the official calendar ({@link DisclosureDeadlines#standard()}),
     * strict credit codes, and today's date in Asia/Shanghai.
     *
     * @return the validator
     */
    public static DisclosureValidator standard() {
        return builder().deadlines(DisclosureDeadlines.standard()).build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a validator. */
    public static final class Builder {
        private DisclosureDeadlines deadlines;
        private UnifiedSocialCreditCode.Mode creditCodeMode = UnifiedSocialCreditCode.Mode.STRICT;
        private Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));

        private Builder() {}

        /**
         * The deadlines and publicity rules to check (default: none, so no deadline is checked).
         *
         * @param deadlines the deadlines
         * @return this builder
         */
        public Builder deadlines(DisclosureDeadlines deadlines) {
            this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
            return this;
        }

        /**
         * How a wrong check character of a credit code is treated (default strict).
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder creditCodeMode(UnifiedSocialCreditCode.Mode mode) {
            this.creditCodeMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * The clock that says what "today" is, in its zone (default: the system clock in Asia/Shanghai).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator
         */
        public DisclosureValidator build() {
            return new DisclosureValidator(this);
        }
    }

    /**
     * Validates one record, without a publication date (the publication deadline is then not checked, and the
     * 公示截止期 is checked against the range the allowed publication days give).
     *
     * @param record the record
     * @return every violation, errors and warnings
     */
    public List<Violation> validate(DisclosureRecord record) {
        return validate(record, null);
    }

    /**
     * Validates one record.
     *
     * @param record the record
     * @param publishedOn the day it is (to be) published, or null if not known
     * @return every violation, errors and warnings
     */
    public List<Violation> validate(DisclosureRecord record, LocalDate publishedOn) {
        Objects.requireNonNull(record, "record");
        List<Violation> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (record instanceof PenaltyRecord r) {
            penalty(r, publishedOn, out);
        } else if (record instanceof LicensingRecord r) {
            licensing(r, publishedOn, out);
        } else if (record instanceof GeneralRecord r) {
            general(r, publishedOn, out);
        }
        LocalDate decision = record.decisionDate();
        String decisionPath = decisionDateCode(record.kind());
        if (decision != null && decision.isAfter(today)) {
            out.add(DisclosureProblem.DATE_IN_FUTURE.error(
                    decisionPath,
                    "决定日期" + decision + "晚于今天" + today,
                    "decision date " + decision + " is after today " + today));
        }
        if (decision != null && publishedOn != null) {
            if (publishedOn.isBefore(decision)) {
                out.add(DisclosureProblem.DATE_ORDER.error(
                        "publishedOn",
                        "公示日期" + publishedOn + "早于决定日期" + decision,
                        "publication date " + publishedOn + " is before the decision date " + decision));
            } else if (deadlines != null) {
                deadline(record, publishedOn, out);
            }
        }
        return out;
    }

    /**
     * Validates a batch read from a file: the problems met reading each record's values, then the record's own.
     *
     * @param batch the batch
     * @param publishedOn the day the batch is (to be) published, or null if not known
     * @return the per-record results
     */
    public BatchResult validate(ParsedBatch batch, LocalDate publishedOn) {
        Objects.requireNonNull(batch, "batch");
        List<RecordResult> results = new ArrayList<>(batch.records().size());
        for (ParsedRecord p : batch.records()) {
            results.add(validate(p, publishedOn));
        }
        return new BatchResult(results);
    }

    /**
     * Validates one record read from a file: the problems met reading its values, then the record's own. The
     * per-record step of {@link #validate(ParsedBatch, LocalDate)}, for records read one by one with
     * {@link DisclosureFormat#stream(java.nio.file.Path, RecordKind, java.util.function.Consumer)}.
     *
     * @param parsed the record
     * @param publishedOn the day it is (to be) published, or null if not known
     * @return its result
     */
    public RecordResult validate(ParsedRecord parsed, LocalDate publishedOn) {
        Objects.requireNonNull(parsed, "parsed");
        List<Violation> vs = new ArrayList<>(parsed.problems());
        for (Violation v : validate(parsed.record(), publishedOn)) {
            // a value that could not be read is absent in the record: do not also call it missing
            if (!(v.code().equals(DisclosureProblem.REQUIRED.code()) && hasPath(parsed.problems(), v.path()))) {
                vs.add(v);
            }
        }
        return new RecordResult(parsed.index(), parsed.line(), parsed.record().documentNumber(), vs);
    }

    /**
     * Validates typed records in one call.
     *
     * @param records the records
     * @param publishedOn the day they are (to be) published, or null if not known
     * @return the per-record results
     */
    public BatchResult validateAll(List<? extends DisclosureRecord> records, LocalDate publishedOn) {
        Objects.requireNonNull(records, "records");
        List<RecordResult> results = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            DisclosureRecord r = records.get(i);
            results.add(new RecordResult(i, -1, r.documentNumber(), validate(r, publishedOn)));
        }
        return new BatchResult(results);
    }

    private static boolean hasPath(List<Violation> vs, String path) {
        for (Violation v : vs) {
            if (v.path().equals(path)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- per kind

    private void penalty(PenaltyRecord r, LocalDate publishedOn, List<Violation> out) {
        party(r.party(), RecordKind.PENALTY, out);
        required(out, PenaltyField.DOCUMENT_NUMBER, r.documentNumber());
        documentNumber(out, PenaltyField.DOCUMENT_NUMBER, r.documentNumber(), r.decisionDate(), true);
        required(out, PenaltyField.VIOLATION_TYPE, r.violationType());
        required(out, PenaltyField.VIOLATION_FACTS, r.violationFacts());
        required(out, PenaltyField.LEGAL_BASIS, r.legalBasis());
        if (r.penaltyKinds().isEmpty()) {
            required(out, PenaltyField.PENALTY_KINDS, null);
        }
        required(out, PenaltyField.PENALTY_CONTENT, r.penaltyContent());
        required(out, PenaltyField.DECISION_DATE, r.decisionDate());
        agency(out, PenaltyField.AUTHORITY, r.authority(), PenaltyField.AUTHORITY_CODE, r.authorityCode());
        agency(out, PenaltyField.DATA_SOURCE, r.dataSource(), PenaltyField.DATA_SOURCE_CODE, r.dataSourceCode());

        List<PenaltyKind> kinds = r.penaltyKinds();
        amount(out, PenaltyField.FINE_AMOUNT, r.fineAmount());
        amount(out, PenaltyField.CONFISCATED_AMOUNT, r.confiscatedAmount());
        if (kinds.contains(PenaltyKind.FINE)) {
            if (r.fineAmount() == null) {
                out.add(DisclosureProblem.REQUIRED.error(
                        PenaltyField.FINE_AMOUNT.code(),
                        "处罚类别含罚款时必须填写罚款金额",
                        "fineAmount is required when the penalty kinds include 罚款"));
            } else if (r.fineAmount().signum() == 0) {
                out.add(DisclosureProblem.AMOUNT_WITHOUT_KIND.error(
                        PenaltyField.FINE_AMOUNT.code(),
                        "处罚类别含罚款但罚款金额为0",
                        "the penalty kinds include 罚款 but the fine is 0"));
            }
        } else if (r.fineAmount() != null && r.fineAmount().signum() > 0) {
            out.add(DisclosureProblem.AMOUNT_WITHOUT_KIND.error(
                    PenaltyField.FINE_AMOUNT.code(),
                    "填写了罚款金额但处罚类别不含罚款",
                    "a fine amount is given but the penalty kinds do not include 罚款"));
        }
        boolean confiscation = kinds.stream().anyMatch(CONFISCATION::contains);
        if (!confiscation
                && r.confiscatedAmount() != null
                && r.confiscatedAmount().signum() > 0) {
            out.add(DisclosureProblem.AMOUNT_WITHOUT_KIND.error(
                    PenaltyField.CONFISCATED_AMOUNT.code(),
                    "填写了没收金额但处罚类别不含没收违法所得或没收非法财物",
                    "a confiscated amount is given but the penalty kinds include no confiscation"));
        }
        if (kinds.contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS) && r.confiscatedAmount() == null) {
            out.add(DisclosureProblem.REQUIRED.error(
                    PenaltyField.CONFISCATED_AMOUNT.code(),
                    "处罚类别含没收违法所得时必须填写没收金额",
                    "confiscatedAmount is required when the penalty kinds include 没收违法所得"));
        }
        if ((kinds.contains(PenaltyKind.SUSPENSION_OF_LICENCE) || kinds.contains(PenaltyKind.REVOCATION_OF_LICENCE))
                && r.suspendedOrRevokedLicence() == null) {
            out.add(DisclosureProblem.REQUIRED.error(
                    PenaltyField.SUSPENDED_OR_REVOKED_LICENCE.code(),
                    "处罚类别含暂扣或吊销许可证件时必须填写证照名称及编号",
                    "suspendedOrRevokedLicence is required when a licence is suspended or revoked"));
        }
        LocalDate decision = r.decisionDate();
        if (decision != null && r.validUntil() != null && r.validUntil().isBefore(decision)) {
            out.add(DisclosureProblem.DATE_ORDER.error(
                    PenaltyField.VALID_UNTIL.code(),
                    "处罚有效期" + r.validUntil() + "早于处罚决定日期" + decision,
                    "validUntil " + r.validUntil() + " is before the decision date " + decision));
        }
        if (r.publicityEnd() != null) {
            LocalDate floor = publishedOn != null ? publishedOn : decision;
            if (floor != null && r.publicityEnd().isBefore(floor)) {
                out.add(DisclosureProblem.DATE_ORDER.error(
                        PenaltyField.PUBLICITY_END.code(),
                        "公示截止期" + r.publicityEnd() + "早于" + (publishedOn != null ? "公示日期" : "处罚决定日期") + floor,
                        "publicityEnd " + r.publicityEnd() + " is before the "
                                + (publishedOn != null ? "publication" : "decision") + " date " + floor));
            }
        }
        if (deadlines != null && !kinds.isEmpty()) {
            deadlines
                    .notToBePublished(r)
                    .ifPresent(rule -> out.add(DisclosureProblem.NOT_TO_BE_PUBLISHED.warning(
                            PenaltyField.PENALTY_KINDS.code(),
                            rule.citation(),
                            "a penalty that is only a warning is not published (SAMR 市场监督管理行政处罚信息公示规定 art. 2"
                                    + " para. 2, rule " + rule.id() + ")")));
        }
        publicityEnd(r, publishedOn, out);
    }

    private void licensing(LicensingRecord r, LocalDate publishedOn, List<Violation> out) {
        party(r.party(), RecordKind.LICENSING, out);
        required(out, LicensingField.DOCUMENT_NAME, r.documentName());
        required(out, LicensingField.DOCUMENT_NUMBER, r.documentNumber());
        documentNumber(out, LicensingField.DOCUMENT_NUMBER, r.documentNumber(), r.decisionDate(), false);
        required(out, LicensingField.LICENCE_CATEGORY, r.licenceCategory());
        required(out, LicensingField.CONTENT, r.content());
        required(out, LicensingField.DECISION_DATE, r.decisionDate());
        required(out, LicensingField.VALID_FROM, r.validFrom());
        required(out, LicensingField.VALID_TO, r.validTo());
        required(out, LicensingField.STATUS, r.status());
        agency(out, LicensingField.AUTHORITY, r.authority(), LicensingField.AUTHORITY_CODE, r.authorityCode());
        agency(out, LicensingField.DATA_SOURCE, r.dataSource(), LicensingField.DATA_SOURCE_CODE, r.dataSourceCode());
        if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            out.add(DisclosureProblem.LICENCE_VALIDITY.error(
                    LicensingField.VALID_TO.code(),
                    "有效期至" + r.validTo() + "早于有效期自" + r.validFrom(),
                    "validTo " + r.validTo() + " is before validFrom " + r.validFrom()));
        }
        if (r.decisionDate() != null && r.validTo() != null && r.validTo().isBefore(r.decisionDate())) {
            out.add(DisclosureProblem.DATE_ORDER.error(
                    LicensingField.VALID_TO.code(),
                    "有效期至" + r.validTo() + "早于许可决定日期" + r.decisionDate(),
                    "validTo " + r.validTo() + " is before the decision date " + r.decisionDate()));
        }
    }

    private void general(GeneralRecord r, LocalDate publishedOn, List<Violation> out) {
        agency(out, GeneralField.AUTHORITY, r.authority(), GeneralField.AUTHORITY_CODE, r.authorityCode());
        required(out, GeneralField.PARTY_NAME, r.partyName());
        required(out, GeneralField.CATEGORY, r.category());
        required(out, GeneralField.CONCLUSION, r.conclusion());
        required(out, GeneralField.DECISION_DATE, r.decisionDate());
        documentNumber(out, GeneralField.DOCUMENT_NUMBER, r.documentNumber(), r.decisionDate(), false);
        if (r.creditCode() != null) {
            if (r.partyCategory() == PartyCategory.NATURAL_PERSON) {
                out.add(notAllowed(GeneralField.CREDIT_CODE, PartyCategory.NATURAL_PERSON));
            } else {
                creditCode(out, GeneralField.CREDIT_CODE, r.creditCode());
            }
        } else if (r.partyCategory() == PartyCategory.LEGAL_PERSON
                || r.partyCategory() == PartyCategory.INDIVIDUAL_BUSINESS) {
            out.add(DisclosureProblem.REQUIRED.error(
                    GeneralField.CREDIT_CODE.code(),
                    r.partyCategory().chineseName() + "必须填写统一社会信用代码",
                    "a " + r.partyCategory().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " needs a unified social credit code"));
        }
    }

    // ---------------------------------------------------------------- deadlines

    private void deadline(DisclosureRecord record, LocalDate publishedOn, List<Violation> out) {
        try {
            out.addAll(DisclosureDeadlines.publicationLate(
                    deadlines.publicationRule(record),
                    record.decisionDate(),
                    deadlines.publicationDeadline(record),
                    publishedOn));
        } catch (CalendarException e) {
            out.add(calendarGap(e));
        }
    }

    private void publicityEnd(PenaltyRecord r, LocalDate publishedOn, List<Violation> out) {
        if (deadlines == null
                || r.publicityEnd() == null
                || r.decisionDate() == null
                || r.penaltyKinds().isEmpty()) {
            return;
        }
        LocalDate from = publishedOn != null ? publishedOn : r.decisionDate();
        LocalDate to;
        try {
            to = publishedOn != null ? publishedOn : deadlines.publicationDeadline(r);
        } catch (CalendarException e) {
            out.add(calendarGap(e));
            return;
        }
        if (to.isBefore(from)) {
            return; // published before the decision: reported as a date-order error
        }
        List<PublicityPeriod> periods = deadlines.publicityPeriods(r);
        LocalDate end = r.publicityEnd();
        for (PublicityPeriod p : periods) {
            LocalDate lo = p.endFor(from);
            LocalDate hi = p.endFor(to);
            if (!end.isBefore(lo) && (p.atLeast() || !end.isAfter(hi))) {
                return;
            }
        }
        String expectZh = periods.stream()
                .map(p -> (p.atLeast() ? "不早于" : "")
                        + (publishedOn != null ? p.endFor(from).toString() : p.endFor(from) + "至" + p.endFor(to))
                        + "（公示期" + p.months() + "个月，" + p.citation() + "）")
                .collect(Collectors.joining("或"));
        String expectEn = periods.stream()
                .map(p -> (p.atLeast() ? "on or after " : "")
                        + (publishedOn != null ? p.endFor(from).toString() : p.endFor(from) + ".." + p.endFor(to))
                        + " (" + p.months() + " months, rule " + p.id() + ")")
                .collect(Collectors.joining(" or "));
        out.add(DisclosureProblem.PUBLICITY_END.error(
                PenaltyField.PUBLICITY_END.code(),
                "公示截止期" + end + "，应为" + expectZh,
                "publicityEnd is " + end + ", expected " + expectEn));
    }

    private static Violation calendarGap(CalendarException e) {
        return DisclosureProblem.DEADLINE_UNCHECKED.warning(
                "publishedOn",
                "日历数据不覆盖该日期，未检查期限（" + e.code() + "）",
                "the calendar has no data for the dates (" + e.code() + ")");
    }

    // ---------------------------------------------------------------- field rules

    private void party(Party p, RecordKind kind, List<Violation> out) {
        boolean pen = kind == RecordKind.PENALTY;
        DisclosureField name = pen ? PenaltyField.PARTY_NAME : LicensingField.PARTY_NAME;
        DisclosureField category = pen ? PenaltyField.PARTY_CATEGORY : LicensingField.PARTY_CATEGORY;
        DisclosureField credit = pen ? PenaltyField.CREDIT_CODE : LicensingField.CREDIT_CODE;
        DisclosureField org = pen ? PenaltyField.ORGANIZATION_CODE : LicensingField.ORGANIZATION_CODE;
        DisclosureField rep = pen ? PenaltyField.LEGAL_REPRESENTATIVE : LicensingField.LEGAL_REPRESENTATIVE;
        DisclosureField repType =
                pen ? PenaltyField.LEGAL_REPRESENTATIVE_ID_TYPE : LicensingField.LEGAL_REPRESENTATIVE_ID_TYPE;
        DisclosureField repNumber =
                pen ? PenaltyField.LEGAL_REPRESENTATIVE_ID_NUMBER : LicensingField.LEGAL_REPRESENTATIVE_ID_NUMBER;
        DisclosureField idType = pen ? PenaltyField.PARTY_ID_TYPE : LicensingField.PARTY_ID_TYPE;
        DisclosureField idNumber = pen ? PenaltyField.PARTY_ID_NUMBER : LicensingField.PARTY_ID_NUMBER;
        if (p == null) {
            required(out, name, null);
            required(out, category, null);
            return;
        }
        required(out, name, p.name());
        required(out, category, p.category());
        if (p.organizationCode() != null) {
            IdentifierCheck c = OrganizationCode.check(p.organizationCode());
            if (!c.isValid()) {
                out.add(identifier(DisclosureProblem.ORGANIZATION_CODE, org, c));
            }
        }
        PartyCategory cat = p.category();
        if (cat == PartyCategory.LEGAL_PERSON || cat == PartyCategory.INDIVIDUAL_BUSINESS) {
            if (p.creditCode() == null) {
                out.add(DisclosureProblem.REQUIRED.error(
                        credit.code(),
                        cat.chineseName() + "必须填写统一社会信用代码",
                        "a " + (cat == PartyCategory.LEGAL_PERSON ? "legal person" : "individual business")
                                + " needs a unified social credit code"));
            } else {
                creditCode(out, credit, p.creditCode());
            }
            if (cat == PartyCategory.LEGAL_PERSON) {
                required(out, rep, p.legalRepresentative());
            }
            if (p.idType() != null) {
                out.add(notAllowed(idType, cat));
            }
            if (p.idNumber() != null) {
                out.add(notAllowed(idNumber, cat));
            }
            idDocument(out, repType, p.legalRepresentativeIdType(), repNumber, p.legalRepresentativeIdNumber(), false);
        } else if (cat == PartyCategory.NATURAL_PERSON) {
            for (Object[] f : new Object[][] {
                {credit, p.creditCode()},
                {
                    pen ? PenaltyField.BUSINESS_REGISTRATION_NUMBER : LicensingField.BUSINESS_REGISTRATION_NUMBER,
                    p.businessRegistrationNumber()
                },
                {org, p.organizationCode()},
                {
                    pen ? PenaltyField.TAX_REGISTRATION_NUMBER : LicensingField.TAX_REGISTRATION_NUMBER,
                    p.taxRegistrationNumber()
                },
                {
                    pen ? PenaltyField.INSTITUTION_CERTIFICATE_NUMBER : LicensingField.INSTITUTION_CERTIFICATE_NUMBER,
                    p.institutionCertificateNumber()
                },
                {
                    pen ? PenaltyField.SOCIAL_ORGANIZATION_NUMBER : LicensingField.SOCIAL_ORGANIZATION_NUMBER,
                    p.socialOrganizationNumber()
                },
                {rep, p.legalRepresentative()},
                {repType, p.legalRepresentativeIdType()},
                {repNumber, p.legalRepresentativeIdNumber()}
            }) {
                if (f[1] != null) {
                    out.add(notAllowed((DisclosureField) f[0], cat));
                }
            }
            idDocument(out, idType, p.idType(), idNumber, p.idNumber(), true);
        } else if (p.creditCode() != null) {
            creditCode(out, credit, p.creditCode()); // category absent or unreadable: still check what is there
        }
    }

    private void idDocument(
            List<Violation> out,
            DisclosureField typeField,
            IdDocumentType type,
            DisclosureField numberField,
            String number,
            boolean required) {
        if (required || number != null) {
            required(out, typeField, type);
        }
        if (required || type != null) {
            required(out, numberField, number);
        }
        if (type == IdDocumentType.RESIDENT_ID && number != null) {
            IdentifierCheck c = ResidentIdNumber.check(number);
            if (!c.isValid()) {
                out.add(identifier(DisclosureProblem.ID_NUMBER, numberField, c));
            }
        }
    }

    private void creditCode(List<Violation> out, DisclosureField f, String value) {
        IdentifierCheck c = UnifiedSocialCreditCode.check(value, creditCodeMode);
        if (!c.isValid()) {
            out.add(identifier(DisclosureProblem.CREDIT_CODE, f, c));
        }
    }

    private void agency(
            List<Violation> out, DisclosureField name, String nameValue, DisclosureField code, String codeValue) {
        required(out, name, nameValue);
        required(out, code, codeValue);
        if (codeValue != null) {
            creditCode(out, code, codeValue);
        }
    }

    private static Violation identifier(DisclosureProblem problem, DisclosureField f, IdentifierCheck c) {
        String id = c.problemOpt().map(p -> " [" + p.code() + "]").orElse("");
        return problem.error(
                f.code(),
                f.chineseName() + "：" + c.message(Locale.CHINESE) + id,
                f.jsonName() + ": " + c.message(Locale.ENGLISH) + id);
    }

    private static Violation notAllowed(DisclosureField f, PartyCategory cat) {
        return DisclosureProblem.NOT_ALLOWED_FOR_CATEGORY.error(
                f.code(),
                cat.chineseName() + "不应填写" + f.chineseName(),
                f.jsonName() + " must be empty for a party of category " + cat.chineseName());
    }

    private static void required(List<Violation> out, DisclosureField f, Object value) {
        if (value == null) {
            out.add(DisclosureProblem.REQUIRED.error(
                    f.code(),
                    f.chineseName() + "（" + f.code() + "）为必填项",
                    f.jsonName() + " (" + f.code() + ") is required"));
        }
    }

    private static void amount(List<Violation> out, DisclosureField f, BigDecimal a) {
        if (a == null) {
            return;
        }
        if (a.signum() < 0) {
            out.add(DisclosureProblem.AMOUNT_NEGATIVE.error(
                    f.code(), f.chineseName() + "不能为负数", f.jsonName() + " must not be negative"));
        }
        if (a.stripTrailingZeros().scale() > MAX_AMOUNT_SCALE) {
            out.add(DisclosureProblem.AMOUNT_PRECISION.error(
                    f.code(),
                    f.chineseName() + "以万元为单位，最多" + MAX_AMOUNT_SCALE + "位小数（精确到分）",
                    f.jsonName() + " is in 万元 and has at most " + MAX_AMOUNT_SCALE + " decimals (0.01 yuan)"));
        }
        if (a.compareTo(IMPLAUSIBLE_AMOUNT) > 0) {
            out.add(DisclosureProblem.AMOUNT_IMPLAUSIBLE.warning(
                    f.code(),
                    f.chineseName() + "超过1000亿元，是否误按元填写？（单位为万元）",
                    f.jsonName() + " exceeds 100 billion yuan: entered in yuan instead of 万元?"));
        }
    }

    private static void documentNumber(
            List<Violation> out, DisclosureField f, String number, LocalDate decision, boolean strict) {
        if (number == null) {
            return;
        }
        Matcher m = DOCUMENT_NUMBER.matcher(number);
        if (!m.matches()) {
            String zh = f.chineseName() + "应为“机关代字〔年份〕序号号”的形式，如“京市监处罚〔2024〕12号”";
            String en = f.jsonName() + " should read like 京市监处罚〔2024〕12号 (agency, year in brackets, number, 号)";
            out.add(
                    strict
                            ? DisclosureProblem.DOCUMENT_NUMBER_SHAPE.error(f.code(), zh, en)
                            : DisclosureProblem.DOCUMENT_NUMBER_SHAPE.warning(f.code(), zh, en));
            return;
        }
        int year = Integer.parseInt(m.group(1));
        if (decision != null && year > decision.getYear()) {
            out.add(DisclosureProblem.DOCUMENT_NUMBER_YEAR.error(
                    f.code(),
                    "文号年份" + year + "晚于决定年份" + decision.getYear(),
                    "the year " + year + " in the document number is after the decision year " + decision.getYear()));
        }
    }

    private static String decisionDateCode(RecordKind kind) {
        return switch (kind) {
            case PENALTY -> PenaltyField.DECISION_DATE.code();
            case LICENSING -> LicensingField.DECISION_DATE.code();
            case GENERAL -> GeneralField.DECISION_DATE.code();
        };
    }
}
