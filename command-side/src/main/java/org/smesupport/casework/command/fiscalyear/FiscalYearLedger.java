package org.smesupport.casework.command.fiscalyear;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.fiscalyear.CloseFiscalYearCommand;
import org.smesupport.casework.api.fiscalyear.FiscalYearClosedEvent;
import org.smesupport.casework.api.fiscalyear.FiscalYearReopenedEvent;
import org.smesupport.casework.api.fiscalyear.ReopenFiscalYearCommand;
import org.smesupport.casework.command.common.BusinessRuleViolation;

/**
 * The record of closed fiscal years ({@link CloseFiscalYearCommand#LEDGER_ID}), created by the first close.
 * A year is closed once it has ended (the close of business has closed 31 March) and reopened only while
 * closed; both carry a reason, and who did it is in the events' metadata.
 */
@Aggregate
class FiscalYearLedger {

    @AggregateIdentifier
    private String ledgerId;
    private final Set<Integer> closed = new HashSet<>();

    /** Axon creates the ledger through this constructor, and rebuilds it from its events. */
    FiscalYearLedger() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(CloseFiscalYearCommand command) {
        FiscalYear year = fiscalYear(command.fiscalYear());
        refuseIf(isBlank(command.reason()), "reason", "fiscalYear.close.reasonBlank");
        refuseIf(closed.contains(command.fiscalYear()), "fiscalYear", "fiscalYear.close.closedAlready",
                year.label());
        refuseIf(!command.businessDate().isAfter(year.lastDay()), "fiscalYear", "fiscalYear.close.notEnded",
                year.label(), year.lastDay(), command.businessDate());
        apply(new FiscalYearClosedEvent(command.ledgerId(), command.fiscalYear(), command.businessDate(),
                command.reason()));
        return new CommandResult(command.ledgerId(), AggregateLifecycle.getVersion());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(ReopenFiscalYearCommand command) {
        FiscalYear year = fiscalYear(command.fiscalYear());
        refuseIf(isBlank(command.reason()), "reason", "fiscalYear.reopen.reasonBlank");
        refuseIf(!closed.contains(command.fiscalYear()), "fiscalYear", "fiscalYear.reopen.notClosed", year.label());
        apply(new FiscalYearReopenedEvent(command.ledgerId(), command.fiscalYear(), command.businessDate(),
                command.reason()));
        return new CommandResult(command.ledgerId(), AggregateLifecycle.getVersion());
    }

    private static FiscalYear fiscalYear(int startYear) {
        try {
            return FiscalYear.of(startYear);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("fiscalYear", "fiscalYear.outOfRange", startYear);
        }
    }

    @EventSourcingHandler
    void on(FiscalYearClosedEvent event) {
        ledgerId = event.ledgerId();
        closed.add(event.fiscalYear());
    }

    @EventSourcingHandler
    void on(FiscalYearReopenedEvent event) {
        ledgerId = event.ledgerId();
        closed.remove(event.fiscalYear());
    }
}
