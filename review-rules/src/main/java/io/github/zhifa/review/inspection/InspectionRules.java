package io.github.zhifa.review.inspection;

import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.calendar.LegalPeriod;
import io.github.zhifa.calendar.WorkingDayCalendar;
import io.github.zhifa.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an inspection against the rules "凡检查必审批、凡检查必通知" and advance notice:
 *
 * <ul>
 *   <li>every inspection is approved by the agency head before it ({@code ZHIFA-REV-101}); an urgent on-site
 *       inspection is reported and its approval completed afterwards ({@code ZHIFA-REV-104} while missing);
 *   <li>a non-exempt, non-urgent inspection has a written notice ({@code ZHIFA-REV-102}) given at least N working days
 *       before it, N from the policy (5 by default): the notice day N0 is in time if
 *       {@code plusWorkingDays(N0, N) <= inspection day} ({@code ZHIFA-REV-103}); covert, complaint-driven,
 *       "四不两直" and life-and-property-safety inspections are not announced;
 *   <li>if the policy caps inspections per enterprise per year, one more than the cap is a breach
 *       ({@code ZHIFA-REV-105}); an unknown count is a warning ({@code ZHIFA-REV-106}).
 * </ul>
 *
 * <p>Immutable and thread-safe if the calendar is.
 */
public final class InspectionRules {
    /** Code: not approved before the inspection. */
    public static final String NOT_APPROVED = "ZHIFA-REV-101";

    /** Code: no written notice. */
    public static final String NO_NOTICE = "ZHIFA-REV-102";

    /** Code: notice later than the advance-notice deadline. */
    public static final String NOTICE_LATE = "ZHIFA-REV-103";

    /** Code: urgent inspection whose approval was not completed afterwards. */
    public static final String URGENT_NOT_COMPLETED = "ZHIFA-REV-104";

    /** Code: annual cap per enterprise exceeded. */
    public static final String CAP_EXCEEDED = "ZHIFA-REV-105";

    /** Code: a cap is configured but the count of earlier inspections is unknown. */
    public static final String CAP_UNKNOWN = "ZHIFA-REV-106";

    private final WorkingDayCalendar calendar;
    private final InspectionPolicy policy;

    private InspectionRules(WorkingDayCalendar calendar, InspectionPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Rules with a policy, on the official national calendar.
     *
     * @param policy the policy
     * @return the rules
     */
    public static InspectionRules of(InspectionPolicy policy) {
        return new InspectionRules(ChinaCalendar.official(), policy);
    }

    /**
     * Rules with a policy, on a given calendar.
     *
     * @param policy the policy
     * @param calendar the calendar
     * @return the rules
     */
    public static InspectionRules of(InspectionPolicy policy, WorkingDayCalendar calendar) {
        return new InspectionRules(calendar, policy);
    }

    /**
     * The latest day to give advance notice of an inspection on a day.
     *
     * @param inspectionDate the inspection day
     * @return the deadline, with its explanation
     */
    public Deadline noticeDeadline(java.time.LocalDate inspectionDate) {
        return LegalPeriod.workingDays(policy.advanceNoticeWorkingDays()).noticeBefore(inspectionDate, calendar);
    }

    /**
     * Checks an inspection.
     *
     * @param inspection the inspection
     * @return the report
     * @throws io.github.zhifa.calendar.CalendarDataUnavailableException if the dates are outside the calendar
     */
    public InspectionReport check(Inspection inspection) {
        List<Violation> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<Deadline> deadline = Optional.empty();
        var day = inspection.inspectionDate();
        if (inspection.urgent()) {
            notes.add("情况紧急、当场实施检查：口头通知，及时报告负责人并补办审批手续");
            if (inspection.approvalDate().isEmpty()) {
                findings.add(Violation.error(
                        URGENT_NOT_COMPLETED,
                        "approvalDate",
                        "紧急检查尚未补办审批手续",
                        "urgent inspection: the approval has not been completed afterwards"));
            }
        } else if (inspection.approvalDate().isEmpty()
                || inspection.approvalDate().get().isAfter(day)) {
            findings.add(Violation.error(
                    NOT_APPROVED,
                    "approvalDate",
                    "凡检查必审批：检查前未经负责人审批",
                    "every inspection needs the head's approval before it"));
        } else {
            notes.add("已于 " + inspection.approvalDate().get() + " 审批");
        }
        if (!inspection.urgent()) {
            if (inspection.kind().exemptFromAdvanceNotice()) {
                notes.add(inspection.kind().zh() + "类检查不进行预告");
            } else {
                Deadline d = noticeDeadline(day);
                deadline = Optional.of(d);
                if (inspection.noticeDate().isEmpty()) {
                    findings.add(Violation.error(
                            NO_NOTICE, "noticeDate", "凡检查必通知：未出具检查通知书", "every inspection needs a written notice"));
                } else if (!d.isMetBy(inspection.noticeDate().get())) {
                    findings.add(Violation.error(
                            NOTICE_LATE,
                            "noticeDate",
                            "预告通知迟于 " + d.end() + "（检查前至少" + policy.advanceNoticeWorkingDays() + "个工作日）",
                            "notice later than " + d.end() + " (at least " + policy.advanceNoticeWorkingDays()
                                    + " working days before the inspection)"));
                } else {
                    notes.add("预告通知于 " + inspection.noticeDate().get() + "，不迟于 " + d.end());
                }
            }
        }
        if (policy.annualCapPerEnterprise().isPresent()) {
            int cap = policy.annualCapPerEnterprise().get();
            if (inspection.inspectionsThisYear().isEmpty()) {
                findings.add(Violation.warning(
                        CAP_UNKNOWN,
                        "inspectionsThisYear",
                        "已设年度检查频次上限 " + cap + " 次，但本年度已检查次数未知",
                        "an annual cap of " + cap + " is set but the count of earlier inspections is unknown"));
            } else if (inspection.inspectionsThisYear().get() + 1 > cap) {
                findings.add(Violation.error(
                        CAP_EXCEEDED,
                        "inspectionsThisYear",
                        "超过对同一企业的年度检查频次上限（" + cap + " 次）",
                        "more than the annual cap of " + cap + " inspections of one enterprise"));
            } else {
                notes.add("本年度第 " + (inspection.inspectionsThisYear().get() + 1) + " 次检查，上限 " + cap + " 次");
            }
        }
        return new InspectionReport(findings, deadline, notes);
    }
}
