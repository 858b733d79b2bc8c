package org.smesupport.casework.projection.restructuring;

import java.util.List;
import org.bson.Document;

/**
 * The shape of a {@code restructuring_cases} document: the firm, the current {@code stage} and the day it was
 * entered, every stage entered in order ({@code stages: [{stage, enteredOn}]}), the caseworker who opened it, the
 * special reschedulings ({@code [{appliedOn, note}]}), the completed {@code plan} ({@code null} before), the
 * creditors with their latest answer, the plan's lease reschedules, how it ended ({@code null} while open), and
 * the open page of its timeline.
 */
public final class RestructuringCaseFields {

    public static final String COMPANY_ID = "companyId";
    public static final String SUMMARY = "summary";
    public static final String STAGE = "stage";
    public static final String STAGE_ENTERED_ON = "stageEnteredOn";
    public static final String STAGES = "stages";
    public static final String ENTERED_ON = "enteredOn";
    public static final String CASEWORKER = "caseworker";
    public static final String OPENED_ON = "openedOn";
    public static final String SPECIAL_RESCHEDULINGS = "specialReschedulings";
    public static final String APPLIED_ON = "appliedOn";
    static final String NOTE = "note";
    public static final String PLAN = "plan";
    public static final String COMPLETED_ON = "completedOn";
    public static final String DRASTIC = "drastic";
    public static final String PLAN_SUMMARY = "planSummary";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String CREDITORS = "creditors";
    public static final String CREDITOR = "creditor";
    public static final String KIND = "kind";
    public static final String CONSENTED = "consented";
    public static final String CONSENT_RECORDED_ON = "consentRecordedOn";
    public static final String LEASE_RESCHEDULES = "leaseReschedules";
    public static final String CONTRACT_ID = "contractId";
    public static final String STATUS = "status";
    public static final String REVISED_INSTALMENTS = "revisedInstalments";
    public static final String REQUEST_ID = "requestId";
    public static final String REFUSAL = "refusal";
    public static final String ENDED = "ended";
    public static final String AT_STAGE = "atStage";
    public static final String WITHDRAWN_BY_FIRM = "withdrawnByFirm";
    public static final String REASON = "reason";
    public static final String ENDED_ON = "endedOn";

    private RestructuringCaseFields() {
    }

    public static List<Document> list(Document restructuring, String field) {
        return restructuring.getList(field, Document.class);
    }
}
