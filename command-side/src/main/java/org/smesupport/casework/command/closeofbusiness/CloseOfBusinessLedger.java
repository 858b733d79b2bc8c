package org.smesupport.casework.command.closeofbusiness;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.lease.CloseOfBusinessCompletedEvent;
import org.smesupport.casework.api.lease.CompleteCloseOfBusinessCommand;

/**
 * The record of close-of-business runs ({@link CompleteCloseOfBusinessCommand#LEDGER_ID}): the day after
 * its latest closed day is the centre's business date, and after a restart the runner reads from its
 * events where to go on. Created by the first completed run, which may close any day (the centre's first
 * day on the product); from then on days are closed once each, in order, so two runners racing for the
 * same day cannot both record it and no day is skipped.
 */
@Aggregate(cache = "aggregateCache")
public class CloseOfBusinessLedger {

    @AggregateIdentifier
    private String ledgerId;
    private LocalDate latestBusinessDate;

    /** Axon creates the ledger through this constructor, and rebuilds it from its events. */
    CloseOfBusinessLedger() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(CompleteCloseOfBusinessCommand command) {
        refuseIf(isBlank(command.ledgerId()), "ledgerId", "closeOfBusiness.ledgerId.blank");
        refuseIf(command.businessDate() == null, "businessDate", "closeOfBusiness.businessDate.required");
        if (latestBusinessDate != null) {
            LocalDate next = latestBusinessDate.plusDays(1);
            refuseIf(!command.businessDate().equals(next), "businessDate",
                    "closeOfBusiness.businessDate.notNext", latestBusinessDate, next, command.businessDate());
        }
        refuseIf(command.contractsExamined() < 0, "contractsExamined",
                "closeOfBusiness.contractsExamined.negative");
        refuseIf(command.contractsWithNewArrears() < 0 || command.contractsWithNewArrears() > command.contractsExamined(),
                "contractsWithNewArrears", "closeOfBusiness.contractsWithNewArrears.outOfRange");
        apply(new CloseOfBusinessCompletedEvent(command.ledgerId(), command.businessDate(), command.contractsExamined(),
                command.contractsWithNewArrears()));
        return new CommandResult(ledgerId, AggregateLifecycle.getVersion());
    }

    /** The latest business date completed so far (read by tests). */
    LocalDate latestBusinessDate() {
        return latestBusinessDate;
    }

    /** Ledgers stored before days were closed in order may hold re-runs of older days: the latest counts. */
    @EventSourcingHandler
    void on(CloseOfBusinessCompletedEvent event) {
        ledgerId = event.ledgerId();
        if (latestBusinessDate == null || event.businessDate().isAfter(latestBusinessDate)) {
            latestBusinessDate = event.businessDate();
        }
    }
}
