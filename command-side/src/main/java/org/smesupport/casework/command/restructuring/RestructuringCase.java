package org.smesupport.casework.command.restructuring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.AddCreditorCommand;
import org.smesupport.casework.api.restructuring.AdvanceRestructuringStageCommand;
import org.smesupport.casework.api.restructuring.ApplySpecialReschedulingCommand;
import org.smesupport.casework.api.restructuring.CompleteRestructuringPlanCommand;
import org.smesupport.casework.api.restructuring.CreditorAddedEvent;
import org.smesupport.casework.api.restructuring.CreditorConsentRecordedEvent;
import org.smesupport.casework.api.restructuring.EndRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRefusedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRequestedEvent;
import org.smesupport.casework.api.restructuring.OpenRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.PlannedLeaseReschedule;
import org.smesupport.casework.api.restructuring.RecordCreditorConsentCommand;
import org.smesupport.casework.api.restructuring.RecordLeaseRescheduleOutcomeCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseEndedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringCaseOpenedEvent;
import org.smesupport.casework.api.restructuring.RestructuringPlanCompletedEvent;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.api.restructuring.RestructuringStageAdvancedEvent;
import org.smesupport.casework.api.restructuring.SpecialReschedulingAppliedEvent;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.lease.LeaseContractRegistry;

/**
 * One rescue case (再生支援) of a firm, counted as the annual report's section I-7 (3) counts it: first
 * response (1次対応) → second stage (2次対応開始) → plan drafting (計画策定支援中) → plan completed (計画策定完了),
 * strictly in that order; or ended at any stage before completion, withdrawn by the firm or closed by the
 * centre. Along the way: the creditors and their answers to the plan, and the COVID special rescheduling
 * (特例リスケ), which may be arranged any number of times while the case has not ended.
 *
 * <p>A completed plan may reschedule the firm's lease contracts; the lease-link process
 * ({@link RestructuringLeaseLink}) files each as a deferral request in the lease programme and reports the
 * answer back here ({@link RecordLeaseRescheduleOutcomeCommand}), once per contract.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "restructuringCaseSnapshots")
@Revision("1")
@JsonSerialize(converter = RestructuringCaseSnapshot.Writer.class)
@JsonDeserialize(converter = RestructuringCaseSnapshot.Reader.class)
class RestructuringCase {

    static final int MAX_SUMMARY_LENGTH = 2000;
    static final int MAX_CREDITOR_LENGTH = 200;

    @AggregateIdentifier
    private RestructuringCaseId caseId;
    private CompanyId companyId;
    private RestructuringStage stage;
    private LocalDate openedOn;
    /** The date of the latest step of the pipeline (opening, advance): the next cannot come before it. */
    private LocalDate lastStepOn;
    /** When the plan drafting (計画策定支援中) began: the plan cannot be completed before it. */
    private LocalDate draftingSince;
    private LocalDate completedOn;
    private LocalDate endedOn;
    /** By name, in the order added: the latest answer, {@code null} while the creditor has not answered. */
    private final Map<String, Boolean> creditors = new LinkedHashMap<>();
    /** By name: the date of the creditor's latest answer. */
    private final Map<String, LocalDate> answeredOn = new HashMap<>();
    /** The contracts the completed plan reschedules, and those whose lease-side answer is recorded. */
    private final Set<LeaseContractId> plannedReschedules = new HashSet<>();
    private final Set<LeaseContractId> rescheduleOutcomes = new HashSet<>();

    /** Axon rebuilds the case from its events through this constructor. */
    RestructuringCase() {
    }

    /** The {@link CompanyRegistry} is injected by Axon as a handler parameter, as for the other cases. */
    @CommandHandler
    RestructuringCase(OpenRestructuringCaseCommand command, CompanyRegistry companies) {
        refuseIf(command.companyId() == null, "companyId", "restructuring.companyId.required");
        refuseIf(isBlank(command.summary()), "summary", "restructuring.summary.blank");
        refuseIf(command.summary().length() > MAX_SUMMARY_LENGTH, "summary", "restructuring.summary.tooLong",
                MAX_SUMMARY_LENGTH);
        refuseIf(command.openedOn() == null, "openedOn", "restructuring.openedOn.required");
        refuseIf(!companies.isRegistered(command.companyId()), "companyId", "restructuring.companyId.unknownCompany",
                command.companyId());
        apply(new RestructuringCaseOpenedEvent(command.caseId(), command.companyId(), command.summary(),
                command.openedOn()));
    }

    // the pipeline

    /**
     * One stage further, never skipping one and never back. Plan completion and ending have their own
     * commands: the one carries the plan, the other the reason.
     */
    @CommandHandler
    CommandResult handle(AdvanceRestructuringStageCommand command) {
        refuseUnlessInProgress("advance");
        RestructuringStage target = command.stage();
        refuseIf(target == null, "stage", "restructuring.stage.required");
        refuseIf(target == RestructuringStage.PLAN_COMPLETED, "stage", "restructuring.stage.planCompletedByPlan");
        refuseIf(target == RestructuringStage.ENDED, "stage", "restructuring.stage.endedByEnding");
        RestructuringStage next = nextStage();
        refuseIf(target != next, "stage", next == RestructuringStage.PLAN_COMPLETED
                ? "restructuring.stage.nextIsPlanCompletion" : "restructuring.stage.notNext", describe(stage),
                next == RestructuringStage.PLAN_COMPLETED ? next.label() : describe(next), describe(target));
        refuseIf(command.on() == null, "on", "restructuring.on.required");
        refuseIf(command.on().isBefore(lastStepOn), "on", "restructuring.on.beforePreviousStep", describe(target),
                lastStepOn);
        apply(new RestructuringStageAdvancedEvent(caseId, stage, target, command.on()));
        return result();
    }

    /**
     * The plan is completed (計画策定完了) from the drafting stage only, with every creditor's latest answer a
     * consent, on or after the last of those consents. Each lease reschedule names a different contract of
     * the case's company ({@link LeaseContractRegistry}, injected by Axon) and at least one revised
     * instalment; the lease programme checks the instalments themselves when it receives the deferral request.
     */
    @CommandHandler
    CommandResult handle(CompleteRestructuringPlanCommand command, LeaseContractRegistry leases) {
        refuseUnlessInProgress("completePlan");
        refuseIf(stage != RestructuringStage.PLAN_DRAFTING, null, "restructuring.plan.notDrafting",
                describe(RestructuringStage.PLAN_DRAFTING), describe(stage), describe(nextStage()));
        refuseIf(command.completedOn() == null, "completedOn", "restructuring.completedOn.required");
        refuseIf(command.completedOn().isBefore(draftingSince), "completedOn",
                "restructuring.completedOn.beforeDrafting", draftingSince);
        refuseIf(isBlank(command.planSummary()), "planSummary", "restructuring.planSummary.blank");
        refuseIf(command.planSummary().length() > MAX_SUMMARY_LENGTH, "planSummary",
                "restructuring.planSummary.tooLong", MAX_SUMMARY_LENGTH);
        refuseIf(isBlank(command.requestedBy()), "requestedBy", "restructuring.requestedBy.required");
        List<PlannedLeaseReschedule> reschedules = checkedReschedules(command.leaseReschedules(), leases);
        List<String> notConsenting = creditors.entrySet().stream()
                .filter(creditor -> !Boolean.TRUE.equals(creditor.getValue()))
                .map(creditor -> creditor.getKey() + (creditor.getValue() == null ? " (no answer yet)" : " (declined)"))
                .toList();
        refuseIf(!notConsenting.isEmpty(), "creditors", "restructuring.creditors.notAllConsented",
                String.join(", ", notConsenting));
        answeredOn.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(last ->
                refuseIf(command.completedOn().isBefore(last.getValue()), "completedOn",
                        "restructuring.completedOn.beforeLastConsent", command.completedOn(), last.getKey(),
                        last.getValue()));
        apply(new RestructuringPlanCompletedEvent(caseId, companyId, command.completedOn(), command.drastic(),
                command.planSummary(), reschedules, command.requestedBy()));
        return result();
    }

    private List<PlannedLeaseReschedule> checkedReschedules(List<PlannedLeaseReschedule> requested,
                                                            LeaseContractRegistry leases) {
        if (requested == null) {
            return List.of();
        }
        Set<LeaseContractId> seen = new HashSet<>();
        List<PlannedLeaseReschedule> checked = new ArrayList<>();
        for (PlannedLeaseReschedule reschedule : requested) {
            refuseIf(reschedule == null || reschedule.contractId() == null, "leaseReschedules",
                    "restructuring.leaseReschedules.contractRequired");
            refuseIf(!seen.add(reschedule.contractId()), "leaseReschedules",
                    "restructuring.leaseReschedules.twice", reschedule.contractId());
            Optional<CompanyId> owner = leases.companyOf(reschedule.contractId());
            refuseIf(owner.isEmpty(), "leaseReschedules", "restructuring.leaseReschedules.unknownContract",
                    reschedule.contractId());
            refuseIf(!owner.get().equals(companyId), "leaseReschedules",
                    "restructuring.leaseReschedules.otherCompany", reschedule.contractId(), owner.get(),
                    companyId);
            List<Instalment> revised = reschedule.revisedInstalments();
            refuseIf(revised == null || revised.isEmpty() || revised.stream().anyMatch(Objects::isNull),
                    "leaseReschedules", "restructuring.leaseReschedules.instalmentsRequired",
                    reschedule.contractId());
            checked.add(new PlannedLeaseReschedule(reschedule.contractId(), List.copyOf(revised)));
        }
        return List.copyOf(checked);
    }

    @CommandHandler
    CommandResult handle(EndRestructuringCaseCommand command) {
        refuseUnlessInProgress("end");
        refuseIf(isBlank(command.reason()), "reason", "restructuring.reason.blank");
        refuseIf(command.endedOn() == null, "endedOn", "restructuring.endedOn.required");
        refuseIf(command.endedOn().isBefore(lastStepOn), "endedOn", "restructuring.endedOn.beforeLatestStep", lastStepOn);
        apply(new RestructuringCaseEndedEvent(caseId, stage, command.withdrawnByFirm(), command.reason(),
                command.endedOn()));
        return result();
    }

    // alongside the pipeline

    /** Counted once per application; allowed again (特例リスケの再適用) and after the plan, not after the end. */
    @CommandHandler
    CommandResult handle(ApplySpecialReschedulingCommand command) {
        refuseIf(stage == RestructuringStage.ENDED, null, "restructuring.ended.specialRescheduling", endedOn);
        refuseIf(command.appliedOn() == null, "appliedOn", "restructuring.appliedOn.required");
        refuseIf(command.appliedOn().isBefore(openedOn), "appliedOn",
                "restructuring.appliedOn.beforeOpened", openedOn);
        apply(new SpecialReschedulingAppliedEvent(caseId, command.appliedOn(), command.note()));
        return result();
    }

    @CommandHandler
    CommandResult handle(AddCreditorCommand command) {
        refuseUnlessPlanOpen("addCreditor");
        refuseIf(isBlank(command.creditor()), "creditor", "restructuring.creditor.blank");
        refuseIf(command.creditor().length() > MAX_CREDITOR_LENGTH, "creditor", "restructuring.creditor.tooLong",
                MAX_CREDITOR_LENGTH);
        refuseIf(creditors.containsKey(command.creditor()), "creditor", "restructuring.creditor.exists",
                command.creditor());
        refuseIf(command.kind() == null, "kind", "restructuring.kind.required");
        apply(new CreditorAddedEvent(caseId, command.creditor(), command.kind()));
        return result();
    }

    /** A later answer of the same creditor replaces the earlier one; both stay in the history. */
    @CommandHandler
    CommandResult handle(RecordCreditorConsentCommand command) {
        refuseUnlessPlanOpen("recordAnswer");
        refuseIf(isBlank(command.creditor()) || !creditors.containsKey(command.creditor()), "creditor",
                isBlank(command.creditor()) ? "restructuring.creditor.answerWithout" : "restructuring.creditor.notOnCase",
                command.creditor());
        refuseIf(command.recordedOn() == null, "recordedOn", "restructuring.recordedOn.required");
        refuseIf(command.recordedOn().isBefore(openedOn), "recordedOn", "restructuring.recordedOn.beforeOpened",
                openedOn);
        apply(new CreditorConsentRecordedEvent(caseId, command.creditor(), command.consented(), command.recordedOn()));
        return result();
    }

    /** The lease programme's answer to the plan's deferral request for one contract, sent by the lease link. */
    @CommandHandler
    CommandResult handle(RecordLeaseRescheduleOutcomeCommand command) {
        refuseIf(command.contractId() == null, "contractId", "restructuring.contractId.required");
        refuseIf(!plannedReschedules.contains(command.contractId()), "contractId",
                "restructuring.contractId.notInPlan", command.contractId());
        refuseIf(rescheduleOutcomes.contains(command.contractId()), "contractId",
                "restructuring.contractId.answerRecorded", command.contractId());
        boolean filed = !isBlank(command.requestId());
        refuseIf(filed == !isBlank(command.refusal()), null, "restructuring.leaseAnswer.eitherOr");
        apply(filed
                ? new LeaseRescheduleRequestedEvent(caseId, command.contractId(), command.requestId())
                : new LeaseRescheduleRefusedEvent(caseId, command.contractId(), command.refusal()));
        return result();
    }

    private RestructuringStage nextStage() {
        return stage.next();
    }

    /** {@code action} names the refusals: "restructuring.ended.advance", "restructuring.planCompleted.advance". */
    private void refuseUnlessInProgress(String action) {
        refuseIf(stage == RestructuringStage.ENDED, null, "restructuring.ended." + action, endedOn);
        refuseIf(stage == RestructuringStage.PLAN_COMPLETED, null, "restructuring.planCompleted." + action,
                describe(stage), completedOn);
    }

    /** {@code action} names the refusals as for {@link #refuseUnlessInProgress}. */
    private void refuseUnlessPlanOpen(String action) {
        refuseIf(stage == RestructuringStage.ENDED, null, "restructuring.ended." + action, endedOn);
        refuseIf(stage == RestructuringStage.PLAN_COMPLETED, null, "restructuring.planCompleted." + action, completedOn);
    }

    static String describe(RestructuringStage stage) {
        return stage.label() + " (" + stage.name() + ")";
    }

    /** The version is the sequence number of the event just applied. */
    private CommandResult result() {
        return new CommandResult(caseId.value(), AggregateLifecycle.getVersion());
    }

    // snapshots

    RestructuringCaseSnapshot snapshot() {
        return new RestructuringCaseSnapshot(caseId, companyId, stage, openedOn, lastStepOn, draftingSince,
                completedOn, endedOn, creditors.entrySet().stream()
                .map(creditor -> new RestructuringCaseSnapshot.Creditor(creditor.getKey(), creditor.getValue()))
                .toList(), Map.copyOf(answeredOn), Set.copyOf(plannedReschedules), Set.copyOf(rescheduleOutcomes));
    }

    static RestructuringCase restore(RestructuringCaseSnapshot snapshot) {
        RestructuringCase restored = new RestructuringCase();
        restored.caseId = snapshot.caseId();
        restored.companyId = snapshot.companyId();
        restored.stage = snapshot.stage();
        restored.openedOn = snapshot.openedOn();
        restored.lastStepOn = snapshot.lastStepOn();
        restored.draftingSince = snapshot.draftingSince();
        restored.completedOn = snapshot.completedOn();
        restored.endedOn = snapshot.endedOn();
        snapshot.creditors().forEach(creditor -> restored.creditors.put(creditor.name(), creditor.consented()));
        restored.answeredOn.putAll(snapshot.answeredOn());
        restored.plannedReschedules.addAll(snapshot.plannedReschedules());
        restored.rescheduleOutcomes.addAll(snapshot.rescheduleOutcomes());
        return restored;
    }

    // event-sourcing handlers: state only

    @EventSourcingHandler
    void on(RestructuringCaseOpenedEvent event) {
        caseId = event.caseId();
        companyId = event.companyId();
        stage = RestructuringStage.FIRST_RESPONSE;
        openedOn = event.openedOn();
        lastStepOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(RestructuringStageAdvancedEvent event) {
        stage = event.to();
        lastStepOn = event.on();
        if (event.to() == RestructuringStage.PLAN_DRAFTING) {
            draftingSince = event.on();
        }
    }

    @EventSourcingHandler
    void on(RestructuringPlanCompletedEvent event) {
        stage = RestructuringStage.PLAN_COMPLETED;
        completedOn = event.completedOn();
        lastStepOn = event.completedOn();
        event.leaseReschedules().forEach(reschedule -> plannedReschedules.add(reschedule.contractId()));
    }

    @EventSourcingHandler
    void on(RestructuringCaseEndedEvent event) {
        stage = RestructuringStage.ENDED;
        endedOn = event.endedOn();
    }

    @EventSourcingHandler
    void on(CreditorAddedEvent event) {
        creditors.put(event.creditor(), null);
    }

    @EventSourcingHandler
    void on(CreditorConsentRecordedEvent event) {
        creditors.put(event.creditor(), event.consented());
        answeredOn.put(event.creditor(), event.recordedOn());
    }

    @EventSourcingHandler
    void on(LeaseRescheduleRequestedEvent event) {
        rescheduleOutcomes.add(event.contractId());
    }

    @EventSourcingHandler
    void on(LeaseRescheduleRefusedEvent event) {
        rescheduleOutcomes.add(event.contractId());
    }
}
