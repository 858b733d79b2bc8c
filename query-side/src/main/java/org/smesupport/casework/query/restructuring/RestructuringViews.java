package org.smesupport.casework.query.restructuring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.smesupport.casework.api.common.TimelineEntry;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStepView;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyView;
import org.smesupport.casework.api.restructuring.LeaseRescheduleStatus;
import org.smesupport.casework.api.restructuring.RestructuringCaseEnding;
import org.smesupport.casework.api.restructuring.RestructuringCaseSummary;
import org.smesupport.casework.api.restructuring.RestructuringCaseView;
import org.smesupport.casework.api.restructuring.RestructuringCreditorView;
import org.smesupport.casework.api.restructuring.RestructuringLeaseRescheduleView;
import org.smesupport.casework.api.restructuring.RestructuringPlanView;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.api.restructuring.RestructuringStageEntry;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.restructuring.ImprovementSubsidyFields;
import org.smesupport.casework.projection.restructuring.RestructuringCaseFields;

/** Turns restructuring read-model documents into the query results. */
final class RestructuringViews {

    private RestructuringViews() {
    }

    /** Whole days from {@code since} to {@code asOf}; 0 when {@code asOf} is earlier (an as-of before the step). */
    static long daysBetween(LocalDate since, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(since, asOf));
    }

    /** The company id of each case or subsidy file, to ask its name of {@code CompanyNames} once for all of them. */
    static List<String> companyIds(List<Document> documents, String companyIdField) {
        return documents.stream().map(document -> document.getString(companyIdField)).toList();
    }

    static RestructuringCaseSummary summary(Document restructuring, LocalDate asOf, Map<String, String> companyNames) {
        LocalDate enteredOn = ReadModelDates.parse(restructuring.getString(RestructuringCaseFields.STAGE_ENTERED_ON));
        Document plan = restructuring.get(RestructuringCaseFields.PLAN, Document.class);
        String companyId = restructuring.getString(RestructuringCaseFields.COMPANY_ID);
        return new RestructuringCaseSummary(
                restructuring.getString("_id"),
                restructuring.getString(RecordReference.FIELD),
                companyId,
                companyNames.get(companyId),
                restructuring.getString(RestructuringCaseFields.SUMMARY),
                RestructuringStage.valueOf(restructuring.getString(RestructuringCaseFields.STAGE)),
                enteredOn,
                daysBetween(enteredOn, asOf),
                restructuring.getString(RestructuringCaseFields.CASEWORKER),
                ReadModelDates.parse(restructuring.getString(RestructuringCaseFields.OPENED_ON)),
                RestructuringCaseFields.list(restructuring, RestructuringCaseFields.SPECIAL_RESCHEDULINGS).stream()
                        .map(entry -> ReadModelDates.parse(entry.getString(RestructuringCaseFields.APPLIED_ON))).toList(),
                plan == null ? null : plan.getBoolean(RestructuringCaseFields.DRASTIC),
                restructuring.getLong("version"));
    }

    static RestructuringCaseView view(Document restructuring, LocalDate asOf, List<TimelineEntry> steps,
                                      Map<String, String> companyNames) {
        Document plan = restructuring.get(RestructuringCaseFields.PLAN, Document.class);
        Document ended = restructuring.get(RestructuringCaseFields.ENDED, Document.class);
        return new RestructuringCaseView(
                summary(restructuring, asOf, companyNames),
                stages(restructuring),
                plan == null ? null : new RestructuringPlanView(
                        ReadModelDates.parse(plan.getString(RestructuringCaseFields.COMPLETED_ON)),
                        plan.getBoolean(RestructuringCaseFields.DRASTIC),
                        plan.getString(RestructuringCaseFields.PLAN_SUMMARY),
                        plan.getString(RestructuringCaseFields.REQUESTED_BY)),
                RestructuringCaseFields.list(restructuring, RestructuringCaseFields.CREDITORS).stream()
                        .map(creditor -> new RestructuringCreditorView(
                                creditor.getString(RestructuringCaseFields.CREDITOR),
                                CreditorKind.valueOf(creditor.getString(RestructuringCaseFields.KIND)),
                                creditor.getBoolean(RestructuringCaseFields.CONSENTED),
                                ReadModelDates.parse(creditor.getString(RestructuringCaseFields.CONSENT_RECORDED_ON))))
                        .toList(),
                RestructuringCaseFields.list(restructuring, RestructuringCaseFields.LEASE_RESCHEDULES).stream()
                        .map(reschedule -> new RestructuringLeaseRescheduleView(
                                LeaseContractId.of(reschedule.getString(RestructuringCaseFields.CONTRACT_ID)),
                                LeaseRescheduleStatus.valueOf(reschedule.getString(RestructuringCaseFields.STATUS)),
                                reschedule.getInteger(RestructuringCaseFields.REVISED_INSTALMENTS),
                                reschedule.getString(RestructuringCaseFields.REQUEST_ID),
                                reschedule.getString(RestructuringCaseFields.REFUSAL)))
                        .toList(),
                ended == null ? null : new RestructuringCaseEnding(
                        RestructuringStage.valueOf(ended.getString(RestructuringCaseFields.AT_STAGE)),
                        ended.getBoolean(RestructuringCaseFields.WITHDRAWN_BY_FIRM),
                        ended.getString(RestructuringCaseFields.REASON),
                        ReadModelDates.parse(ended.getString(RestructuringCaseFields.ENDED_ON))),
                steps);
    }

    static List<RestructuringStageEntry> stages(Document restructuring) {
        return RestructuringCaseFields.list(restructuring, RestructuringCaseFields.STAGES).stream()
                .map(stage -> new RestructuringStageEntry(
                        RestructuringStage.valueOf(stage.getString(RestructuringCaseFields.STAGE)),
                        ReadModelDates.parse(stage.getString(RestructuringCaseFields.ENTERED_ON))))
                .toList();
    }

    static ImprovementSubsidyView subsidy(Document subsidy, Map<String, String> companyNames) {
        String lastStep = subsidy.getString(ImprovementSubsidyFields.LAST_STEP);
        String companyId = subsidy.getString(ImprovementSubsidyFields.COMPANY_ID);
        return new ImprovementSubsidyView(
                subsidy.getString("_id"),
                subsidy.getString(RecordReference.FIELD),
                companyId,
                companyNames.get(companyId),
                ImprovementSubsidyKind.valueOf(subsidy.getString(ImprovementSubsidyFields.KIND)),
                subsidy.getBoolean(ImprovementSubsidyFields.REFUSED),
                lastStep == null ? null : ImprovementSubsidyStep.valueOf(lastStep),
                ReadModelDates.parse(subsidy.getString(ImprovementSubsidyFields.LAST_STEP_ON)),
                subsidy.getList(ImprovementSubsidyFields.STEPS, Document.class).stream()
                        .map(step -> new ImprovementSubsidyStepView(
                                ImprovementSubsidyStep.valueOf(step.getString(ImprovementSubsidyFields.STEP)),
                                ReadModelDates.parse(step.getString(ImprovementSubsidyFields.ON)),
                                step.getBoolean(ImprovementSubsidyFields.APPROVED)))
                        .toList(),
                yen(subsidy, ImprovementSubsidyFields.COST),
                yen(subsidy, ImprovementSubsidyFields.TWO_THIRDS),
                yen(subsidy, ImprovementSubsidyFields.CAP),
                yen(subsidy, ImprovementSubsidyFields.SUBSIDY),
                subsidy.getLong("version"));
    }

    private static Yen yen(Document document, String field) {
        Long value = document.getLong(field);
        return value == null ? null : Yen.of(value);
    }

}
