package org.smesupport.casework.command.common;

import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.common.ClaimUniqueValueCommand;
import org.smesupport.casework.api.common.UniqueClaimedEvent;

/** Who holds a claimed value: the first event of its stream ({@link UniqueClaim}). */
public class UniqueClaims {

    private final EventStore eventStore;

    public UniqueClaims(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<String> holderOf(String claimId) {
        DomainEventStream events = eventStore.readEvents(claimId, 0L);
        if (!events.hasNext() || !(events.peek().getPayload() instanceof UniqueClaimedEvent claimed)) {
            return Optional.empty();
        }
        return Optional.of(claimed.holder());
    }

    /**
     * Claims {@code claimId} for {@code holder} on behalf of a processor (a backfill), recorded as the
     * processor's ({@link ProcessorCommands}). A claim already held by the same holder changes nothing.
     */
    public static void claimAsProcessor(CommandGateway commandGateway, String claimId, String holder,
                                        String processingGroup) {
        ProcessorCommands.sendAndWait(commandGateway, new ClaimUniqueValueCommand(claimId, holder), processingGroup);
    }
}
