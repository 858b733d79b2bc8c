package org.smesupport.casework.restructuring;

import java.util.List;
import org.bson.Document;

/**
 * The shape of a {@code restructuring_cases} document: the firm, the current {@code stage} and the day it was
 * entered, every stage entered in order ({@code stages: [{stage, enteredOn}]}), the caseworker who opened it, the
 * special reschedulings ({@code [{appliedOn, note}]}), the completed {@code plan} ({@code null} before), the
 * creditors with their latest answer, the plan's lease reschedules, how it ended ({@code null} while open), and
 * the open page of its timeline.
 */
final class RestructuringCaseFields {

    static final String COMPANY_ID = "companyId";
    static final String SUMMARY = "summary";
    static final String STAGE = "stage";
    static final String STAGE_ENTERED_ON = "stageEnteredOn";
    static final String STAGES = "stages";
    static final String ENTERED_ON = "enteredOn";
    static final String CASEWORKER = "caseworker";
    static final String OPENED_ON = "openedOn";
    static final String SPECIAL_RESCHEDULINGS = "specialReschedulings";
    static final String APPLIED_ON = "appliedOn";
    static final String NOTE = "note";
    static final String PLAN = "plan";
    static final String COMPLETED_ON = "completedOn";
    static final String DRASTIC = "drastic";
    static final String PLAN_SUMMARY = "planSummary";
    static final String REQUESTED_BY = "requestedBy";
    static final String CREDITORS = "creditors";
    static final String CREDITOR = "creditor";
    static final String KIND = "kind";
    static final String CONSENTED = "consented";
    static final String CONSENT_RECORDED_ON = "consentRecordedOn";
    static final String LEASE_RESCHEDULES = "leaseReschedules";
    static final String CONTRACT_ID = "contractId";
    static final String STATUS = "status";
    static final String REVISED_INSTALMENTS = "revisedInstalments";
    static final String REQUEST_ID = "requestId";
    static final String REFUSAL = "refusal";
    static final String ENDED = "ended";
    static final String AT_STAGE = "atStage";
    static final String WITHDRAWN_BY_FIRM = "withdrawnByFirm";
    static final String REASON = "reason";
    static final String ENDED_ON = "endedOn";

    private RestructuringCaseFields() {
    }

    static List<Document> list(Document restructuring, String field) {
        return restructuring.getList(field, Document.class);
    }
}
