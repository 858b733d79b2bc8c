package org.smesupport.casework.command.reference;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.reference.AssignReferenceCommand;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;

/**
 * The numbers of one kind of record in one fiscal year ({@code reference-CONSULTATION-2020}): created by its
 * first assignment, it hands out 1, 2, 3 … in the order it is asked, each once. Because the numbers are events
 * in one stream, two assignments cannot take the same number (the second would write the same sequence and
 * be refused), and a record asked about again (a redelivered event) keeps the number it has.
 */
@Aggregate(cache = "aggregateCache")
class ReferenceRegister {

    @AggregateIdentifier
    private String registerId;
    private long lastNumber;
    private final Set<String> numbered = new HashSet<>();

    /** Axon rebuilds the register from its events through this constructor. */
    ReferenceRegister() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AssignReferenceCommand command) {
        if (numbered.contains(command.recordId())) {
            return;
        }
        long number = lastNumber + 1;
        apply(new ReferenceAssignedEvent(command.registerId(), command.kind(), command.fiscalYear(), number,
                command.kind().format(FiscalYear.of(command.fiscalYear()), number), command.recordId()));
    }

    @EventSourcingHandler
    void on(ReferenceAssignedEvent event) {
        registerId = event.registerId();
        lastNumber = event.number();
        numbered.add(event.recordId());
    }
}
