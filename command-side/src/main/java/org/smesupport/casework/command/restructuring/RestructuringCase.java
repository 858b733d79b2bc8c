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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
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
@Aggregate(cache = "aggregateCache")
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
        refuseIf(command.companyId() == null, "companyId", "The company is required.");
        refuseIf(isBlank(command.summary()), "summary", "The summary of the firm's situation must not be blank.");
        refuseIf(command.summary().length() > MAX_SUMMARY_LENGTH, "summary",
                "The summary must be at most " + MAX_SUMMARY_LENGTH + " characters.");
        refuseIf(command.openedOn() == null, "openedOn", "The date of the first response is required.");
        refuseIf(!companies.isRegistered(command.companyId()), "companyId",
                "Company " + command.companyId() + " is not registered.");
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
        refuseUnlessInProgress("move to another stage");
        RestructuringStage target = command.stage();
        refuseIf(target == null, "stage", "The stage to enter is required.");
        refuseIf(target == RestructuringStage.PLAN_COMPLETED, "stage",
                "A plan is completed with its details (completion date, summary, creditors' consent), "
                        + "not by advancing the stage; record the completed plan instead.");
        refuseIf(target == RestructuringStage.ENDED, "stage",
                "A case is ended with a reason, not by advancing the stage; end the case instead.");
        RestructuringStage next = nextStage();
        refuseIf(target != next, "stage", "The case is at " + describe(stage) + "; its next step is "
                + (next == RestructuringStage.PLAN_COMPLETED ? "completing the plan (" + next.label() + ")"
                        : describe(next))
                + ", not " + describe(target) + ". Stages are entered in order, one at a time, and never backwards.");
        refuseIf(command.on() == null, "on", "The date the stage was entered is required.");
        refuseIf(command.on().isBefore(lastStepOn), "on", "The case cannot enter " + describe(target)
                + " before its previous step on " + lastStepOn + ".");
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
        refuseUnlessInProgress("complete a plan");
        refuseIf(stage != RestructuringStage.PLAN_DRAFTING, null, "A plan can be completed only from "
                + describe(RestructuringStage.PLAN_DRAFTING) + "; the case is at " + describe(stage)
                + ", so its next stage is " + describe(nextStage()) + ".");
        refuseIf(command.completedOn() == null, "completedOn", "The completion date is required.");
        refuseIf(command.completedOn().isBefore(draftingSince), "completedOn",
                "The plan cannot be completed before its drafting began on " + draftingSince + ".");
        refuseIf(isBlank(command.planSummary()), "planSummary", "The plan's summary must not be blank.");
        refuseIf(command.planSummary().length() > MAX_SUMMARY_LENGTH, "planSummary",
                "The plan's summary must be at most " + MAX_SUMMARY_LENGTH + " characters.");
        refuseIf(isBlank(command.requestedBy()), "requestedBy", "The requesting user is required.");
        List<PlannedLeaseReschedule> reschedules = checkedReschedules(command.leaseReschedules(), leases);
        List<String> notConsenting = creditors.entrySet().stream()
                .filter(creditor -> !Boolean.TRUE.equals(creditor.getValue()))
                .map(creditor -> creditor.getKey() + (creditor.getValue() == null ? " (no answer yet)" : " (declined)"))
                .toList();
        refuseIf(!notConsenting.isEmpty(), "creditors", "The plan cannot be completed before every creditor has "
                + "consented; still missing: " + String.join(", ", notConsenting) + ".");
        answeredOn.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(last ->
                refuseIf(command.completedOn().isBefore(last.getValue()), "completedOn", "The plan cannot be "
                        + "completed on " + command.completedOn() + ", before the last creditor's consent ("
                        + last.getKey() + ", " + last.getValue() + ")."));
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
                    "Each lease reschedule must name its lease contract.");
            refuseIf(!seen.add(reschedule.contractId()), "leaseReschedules", "Lease contract "
                    + reschedule.contractId() + " is rescheduled twice; name each contract once.");
            Optional<CompanyId> owner = leases.companyOf(reschedule.contractId());
            refuseIf(owner.isEmpty(), "leaseReschedules", "There is no lease contract " + reschedule.contractId() + ".");
            refuseIf(!owner.get().equals(companyId), "leaseReschedules", "Lease contract " + reschedule.contractId()
                    + " belongs to company " + owner.get() + ", not to this case's company " + companyId + ".");
            List<Instalment> revised = reschedule.revisedInstalments();
            refuseIf(revised == null || revised.isEmpty() || revised.stream().anyMatch(Objects::isNull),
                    "leaseReschedules", "The reschedule of lease contract " + reschedule.contractId()
                            + " needs at least one revised instalment, and none may be empty.");
            checked.add(new PlannedLeaseReschedule(reschedule.contractId(), List.copyOf(revised)));
        }
        return List.copyOf(checked);
    }

    @CommandHandler
    CommandResult handle(EndRestructuringCaseCommand command) {
        refuseUnlessInProgress("be ended");
        refuseIf(isBlank(command.reason()), "reason", "The reason for ending the case must not be blank.");
        refuseIf(command.endedOn() == null, "endedOn", "The date the case ended is required.");
        refuseIf(command.endedOn().isBefore(lastStepOn), "endedOn",
                "The case cannot end before its latest step on " + lastStepOn + ".");
        apply(new RestructuringCaseEndedEvent(caseId, stage, command.withdrawnByFirm(), command.reason(),
                command.endedOn()));
        return result();
    }

    // alongside the pipeline

    /** Counted once per application; allowed again (特例リスケの再適用) and after the plan, not after the end. */
    @CommandHandler
    CommandResult handle(ApplySpecialReschedulingCommand command) {
        refuseIf(stage == RestructuringStage.ENDED, null,
                "The case ended on " + endedOn + "; no special rescheduling can be recorded on it.");
        refuseIf(command.appliedOn() == null, "appliedOn", "The date of the special rescheduling is required.");
        refuseIf(command.appliedOn().isBefore(openedOn), "appliedOn",
                "A special rescheduling cannot be arranged before the case was opened on " + openedOn + ".");
        apply(new SpecialReschedulingAppliedEvent(caseId, command.appliedOn(), command.note()));
        return result();
    }

    @CommandHandler
    CommandResult handle(AddCreditorCommand command) {
        refuseUnlessPlanOpen("add a creditor");
        refuseIf(isBlank(command.creditor()), "creditor", "The creditor's name must not be blank.");
        refuseIf(command.creditor().length() > MAX_CREDITOR_LENGTH, "creditor",
                "The creditor's name must be at most " + MAX_CREDITOR_LENGTH + " characters.");
        refuseIf(creditors.containsKey(command.creditor()), "creditor",
                command.creditor() + " is already a creditor on this case.");
        refuseIf(command.kind() == null, "kind", "The kind of creditor is required.");
        apply(new CreditorAddedEvent(caseId, command.creditor(), command.kind()));
        return result();
    }

    /** A later answer of the same creditor replaces the earlier one; both stay in the history. */
    @CommandHandler
    CommandResult handle(RecordCreditorConsentCommand command) {
        refuseUnlessPlanOpen("record a creditor's answer");
        refuseIf(isBlank(command.creditor()) || !creditors.containsKey(command.creditor()), "creditor",
                (isBlank(command.creditor()) ? "The creditor" : command.creditor())
                        + " is not a creditor on this case; add the creditor first.");
        refuseIf(command.recordedOn() == null, "recordedOn", "The date of the creditor's answer is required.");
        refuseIf(command.recordedOn().isBefore(openedOn), "recordedOn",
                "A creditor cannot answer before the case was opened on " + openedOn + ".");
        apply(new CreditorConsentRecordedEvent(caseId, command.creditor(), command.consented(), command.recordedOn()));
        return result();
    }

    /** The lease programme's answer to the plan's deferral request for one contract, sent by the lease link. */
    @CommandHandler
    CommandResult handle(RecordLeaseRescheduleOutcomeCommand command) {
        refuseIf(command.contractId() == null, "contractId", "The lease contract is required.");
        refuseIf(!plannedReschedules.contains(command.contractId()), "contractId", "Lease contract "
                + command.contractId() + " is not rescheduled by a completed plan of this case.");
        refuseIf(rescheduleOutcomes.contains(command.contractId()), "contractId",
                "The lease programme's answer for contract " + command.contractId() + " is already recorded.");
        boolean filed = !isBlank(command.requestId());
        refuseIf(filed == !isBlank(command.refusal()), null,
                "Record either the deferral request id the lease programme filed or its refusal, not both or neither.");
        apply(filed
                ? new LeaseRescheduleRequestedEvent(caseId, command.contractId(), command.requestId())
                : new LeaseRescheduleRefusedEvent(caseId, command.contractId(), command.refusal()));
        return result();
    }

    private RestructuringStage nextStage() {
        return switch (stage) {
            case FIRST_RESPONSE -> RestructuringStage.SECOND_STAGE;
            case SECOND_STAGE -> RestructuringStage.PLAN_DRAFTING;
            case PLAN_DRAFTING -> RestructuringStage.PLAN_COMPLETED;
            case PLAN_COMPLETED, ENDED -> null;
        };
    }

    private void refuseUnlessInProgress(String action) {
        refuseIf(stage == RestructuringStage.ENDED, null,
                "The case ended on " + endedOn + "; it cannot " + action + ".");
        refuseIf(stage == RestructuringStage.PLAN_COMPLETED, null, "The case is at " + describe(stage)
                + " since " + completedOn + ", its last stage; it cannot " + action + ".");
    }

    private void refuseUnlessPlanOpen(String action) {
        refuseIf(stage == RestructuringStage.ENDED, null,
                "The case ended on " + endedOn + "; you cannot " + action + ".");
        refuseIf(stage == RestructuringStage.PLAN_COMPLETED, null, "The plan was completed on " + completedOn
                + " with its creditors' consent; you cannot " + action + " any more.");
    }

    static String describe(RestructuringStage stage) {
        return stage.label() + " (" + stage.name() + ")";
    }

    /** The version is the sequence number of the event just applied. */
    private CommandResult result() {
        return new CommandResult(caseId.value(), AggregateLifecycle.getVersion());
    }

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
