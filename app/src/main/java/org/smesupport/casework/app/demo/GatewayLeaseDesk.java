package org.smesupport.casework.app.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.app.audit.AuditMetadata;
import org.smesupport.casework.command.closeofbusiness.CloseOfBusinessRun;

/**
 * Plays the lease history into the running application: commands through the gateway with the step's
 * user, role and business date, schedules read back from the contract's first event, and the real
 * close-of-business run.
 */
final class GatewayLeaseDesk implements LeaseDemoHistory.Desk {

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final CloseOfBusinessRun closeOfBusiness;
    private int commands;
    private int closedDays;

    GatewayLeaseDesk(CommandGateway commandGateway, EventStore eventStore, CloseOfBusinessRun closeOfBusiness) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.closeOfBusiness = closeOfBusiness;
    }

    @Override
    public void send(DemoStep step) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(step.command()).andMetaData(Map.of(
                AuditMetadata.USER, step.user(), AuditMetadata.ROLE, step.role(),
                AuditMetadata.BUSINESS_DATE, step.date().toString())));
        commands++;
    }

    @Override
    public List<Instalment> scheduleOf(LeaseContractId contract) {
        return eventStore.readEvents(contract.value(), 0L).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(LeaseContractOpenedEvent.class::isInstance)
                .map(payload -> ((LeaseContractOpenedEvent) payload).schedule())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("contract " + contract + " was not opened"));
    }

    /** The run itself waits until the lease read model has applied the commands just sent. */
    @Override
    public void closeUpTo(LocalDate day) {
        closedDays += closeOfBusiness.catchUp(day).days().size();
    }

    int commands() {
        return commands;
    }

    int closedDays() {
        return closedDays;
    }
}
