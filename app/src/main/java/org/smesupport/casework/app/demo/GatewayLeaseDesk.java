package org.smesupport.casework.app.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.app.admin.ProjectionAdministration;
import org.smesupport.casework.app.admin.ProjectionStatus;
import org.smesupport.casework.app.audit.AuditMetadata;
import org.smesupport.casework.closeofbusiness.CloseOfBusinessRun;
import org.smesupport.casework.lease.Instalment;
import org.smesupport.casework.lease.LeaseContractId;
import org.smesupport.casework.lease.LeaseContractOpenedEvent;

/**
 * Plays the lease history into the running application: commands through the gateway with the step's
 * user, role and business date, schedules read back from the contract's first event, and the real
 * close-of-business run.
 */
final class GatewayLeaseDesk implements LeaseDemoHistory.Desk {

    /** The read model the close-of-business run asks which contracts have instalments due. */
    private static final String CONTRACTS_PROJECTION = "lease-contracts";
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(60);

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final CloseOfBusinessRun closeOfBusiness;
    private final ProjectionAdministration projections;
    private int commands;
    private int closedDays;

    GatewayLeaseDesk(CommandGateway commandGateway, EventStore eventStore, CloseOfBusinessRun closeOfBusiness,
                     ProjectionAdministration projections) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.closeOfBusiness = closeOfBusiness;
        this.projections = projections;
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
        return eventStore.readEvents(contract.value()).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(LeaseContractOpenedEvent.class::isInstance)
                .map(payload -> ((LeaseContractOpenedEvent) payload).schedule())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("contract " + contract + " was not opened"));
    }

    /**
     * The run finds its contracts in the read model, which would otherwise lag behind the payments just
     * sent and miss or wrongly flag instalments: so it waits until that projection has caught up.
     */
    @Override
    public void closeBusinessDay(LocalDate date) {
        long head = projections.headPosition();
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        while (position() < head) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projection " + CONTRACTS_PROJECTION + " did not reach position "
                        + head + " within " + CATCH_UP_TIMEOUT + " before the close of business for " + date);
            }
            pause();
        }
        closeOfBusiness.runFor(date);
        closedDays++;
    }

    int commands() {
        return commands;
    }

    int closedDays() {
        return closedDays;
    }

    private long position() {
        return projections.status(CONTRACTS_PROJECTION).map(ProjectionStatus::position).orElseThrow(() ->
                new IllegalStateException("no projection " + CONTRACTS_PROJECTION));
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + CONTRACTS_PROJECTION, e);
        }
    }
}
