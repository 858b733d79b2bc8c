package org.smesupport.casework.command.succession;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.succession.OpenSuccessionCaseCommand;
import org.smesupport.casework.api.succession.RecordSuccessionDiagnosisCommand;
import org.smesupport.casework.api.succession.RecordSuccessionPlanCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDiagnosedEvent;
import org.smesupport.casework.api.succession.SuccessionPlanRecordedEvent;
import org.smesupport.casework.command.company.CompanyRegistry;

/**
 * A succession consultation (事業引継ぎ相談) of a registered firm on one side (selling, buying, closing down),
 * with the succession diagnoses (事業承継診断) and plans (事業承継計画) recorded for it (report section I-7 (1),
 * (2)). Deals between cases are {@link SuccessionDeal}s.
 *
 * <p>A firm may be diagnosed again and its plan redrawn (the push-type support revisits firms; the report
 * counts diagnoses and plans, not firms), so several of each are allowed, each counted; but not two on the
 * same date, which would be the same diagnosis or plan entered twice.
 */
@Aggregate(cache = "aggregateCache")
class SuccessionCase {

    @AggregateIdentifier
    private SuccessionCaseId caseId;
    private LocalDate openedOn;
    private final Set<LocalDate> diagnosedOn = new HashSet<>();
    private final Set<LocalDate> plannedOn = new HashSet<>();

    /** Axon rebuilds the case from its events through this constructor. */
    SuccessionCase() {
    }

    /** The {@link CompanyRegistry} is injected by Axon as a handler parameter. */
    @CommandHandler
    SuccessionCase(OpenSuccessionCaseCommand command, CompanyRegistry companies) {
        refuseIf(command.companyId() == null, "companyId", "succession.companyId.required");
        refuseIf(command.side() == null, "side", "succession.side.required");
        refuseIf(command.openedOn() == null, "openedOn", "succession.openedOn.required");
        refuseIf(!companies.isRegistered(command.companyId()), "companyId", "succession.companyId.unknownCompany",
                command.companyId());
        apply(new SuccessionCaseOpenedEvent(command.caseId(), command.companyId(), command.side(), command.openedOn(),
                command.inPrefecture() == null ? Boolean.TRUE : command.inPrefecture()));
    }

    @CommandHandler
    CommandResult handle(RecordSuccessionDiagnosisCommand command) {
        refuseIf(command.diagnosedOn() == null, "diagnosedOn", "succession.diagnosedOn.required");
        refuseIf(command.diagnosedOn().isBefore(openedOn), "diagnosedOn", "succession.diagnosedOn.beforeOpened",
                openedOn);
        refuseIf(diagnosedOn.contains(command.diagnosedOn()), "diagnosedOn",
                "succession.diagnosedOn.exists", command.diagnosedOn());
        apply(new SuccessionDiagnosedEvent(caseId, command.diagnosedOn()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RecordSuccessionPlanCommand command) {
        refuseIf(command.plannedOn() == null, "plannedOn", "succession.plannedOn.required");
        refuseIf(command.plannedOn().isBefore(openedOn), "plannedOn", "succession.plannedOn.beforeOpened", openedOn);
        refuseIf(plannedOn.contains(command.plannedOn()), "plannedOn", "succession.plannedOn.exists",
                command.plannedOn());
        apply(new SuccessionPlanRecordedEvent(caseId, command.plannedOn()));
        return result();
    }

    /** The version is the sequence number of the event just applied. */
    private CommandResult result() {
        return new CommandResult(caseId.value(), AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(SuccessionCaseOpenedEvent event) {
        caseId = event.caseId();
        openedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(SuccessionDiagnosedEvent event) {
        diagnosedOn.add(event.diagnosedOn());
    }

    @EventSourcingHandler
    void on(SuccessionPlanRecordedEvent event) {
        plannedOn.add(event.plannedOn());
    }
}
