package org.smesupport.casework.command.common;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smesupport.casework.api.common.ClaimUniqueValueCommand;
import org.smesupport.casework.api.common.UniqueClaimedEvent;

/**
 * A value only one record may hold (a corporate number, a succession case's one deal): its stream is
 * created in the unit of work of the record that takes it ({@link #take}), and the event store refuses a
 * second stream of the same id, so two records racing for one value cannot both be stored (the loser gets
 * a 409). The records check {@link UniqueClaims#holderOf} first, to name the holder in their refusal.
 */
@Aggregate
public class UniqueClaim {

    private static final Logger log = LoggerFactory.getLogger(UniqueClaim.class);

    @AggregateIdentifier
    private String claimId;
    private String holder;

    /** Axon rebuilds the claim from its events through this constructor. */
    UniqueClaim() {
    }

    private UniqueClaim(String claimId, String holder) {
        apply(new UniqueClaimedEvent(claimId, holder));
    }

    /** Claims {@code claimId} for {@code holder}; called from the taking record's command handler. */
    public static void take(String claimId, String holder) throws Exception {
        AggregateLifecycle.createNew(UniqueClaim.class, () -> new UniqueClaim(claimId, holder));
    }

    /**
     * A record stored before its value was claimed: claims it unless it is claimed already. A value two such
     * records share stays with the first; the second is reported for someone to put right.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimUniqueValueCommand command) {
        if (holder == null) {
            apply(new UniqueClaimedEvent(command.claimId(), command.holder()));
        } else if (!holder.equals(command.holder())) {
            log.warn("{} is held by {} and, from before values were claimed, by {} as well: the second is to be "
                    + "put right", command.claimId(), holder, command.holder());
        }
    }

    @EventSourcingHandler
    void on(UniqueClaimedEvent event) {
        claimId = event.claimId();
        holder = event.holder();
    }
}
