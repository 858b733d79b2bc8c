package org.smesupport.casework.command.reference;

import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.lease.LeaseContractBroughtForwardEvent;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.matching.OrderRequestReceivedEvent;
import org.smesupport.casework.api.reference.AssignReferenceCommand;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStepRecordedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.command.common.ProcessorCommands;
import org.springframework.stereotype.Component;

/**
 * Numbers each record as it is created, in the fiscal year of the record's own date: it follows the creation
 * events from the start of the event store, so records stored before references existed are numbered too, in
 * the order they were stored, and afterwards each new record a moment after it is stored. The register
 * ignores a record it has numbered already, so a redelivery does no harm; a replay would only repeat that
 * work, so the processor never replays.
 */
@Component
@ProcessingGroup(ReferenceAssignment.PROCESSING_GROUP)
@DisallowReplay
class ReferenceAssignment {

    static final String PROCESSING_GROUP = "reference-assignment";

    private final CommandGateway commandGateway;

    ReferenceAssignment(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(ConsultationCaseOpenedEvent event) {
        assign(ReferenceKind.CONSULTATION, event.openedOn(), event.caseId().value());
    }

    @EventHandler
    void on(LeaseContractOpenedEvent event) {
        assign(ReferenceKind.LEASE, event.contractDate(), event.contractId().value());
    }

    /** A contract brought forward from the earlier books is numbered in the year it was made, as if opened here. */
    @EventHandler
    void on(LeaseContractBroughtForwardEvent event) {
        assign(ReferenceKind.LEASE, event.contractDate(), event.contractId().value());
    }

    @EventHandler
    void on(OrderRequestReceivedEvent event) {
        assign(ReferenceKind.ORDER_REQUEST, event.receivedOn(), event.orderRequestId().value());
    }

    @EventHandler
    void on(RestructuringCaseOpenedEvent event) {
        assign(ReferenceKind.RESTRUCTURING, event.openedOn(), event.caseId().value());
    }

    @EventHandler
    void on(SuccessionCaseOpenedEvent event) {
        assign(ReferenceKind.SUCCESSION, event.openedOn(), event.caseId().value());
    }

    /** A subsidy file has no opening event of its own: its first step (the usage application) opens it. */
    @EventHandler
    void on(ImprovementSubsidyStepRecordedEvent event, @SequenceNumber long sequence) {
        if (sequence == 0) {
            assign(ReferenceKind.IMPROVEMENT_SUBSIDY, event.on(), event.subsidyId().value());
        }
    }

    private void assign(ReferenceKind kind, LocalDate date, String recordId) {
        ProcessorCommands.sendAndWait(commandGateway,
                AssignReferenceCommand.of(kind, FiscalYear.containing(date), recordId), PROCESSING_GROUP);
    }
}
