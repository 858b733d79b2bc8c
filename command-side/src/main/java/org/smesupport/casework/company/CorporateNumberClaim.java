package org.smesupport.casework.company;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One corporate number, held by one company: its stream ({@link #idOf}) is created in the same unit of
 * work as the company's registration, and the event store refuses a second stream of the same id, so
 * two registrations racing for one number cannot both be stored (the loser gets a 409).
 */
@Aggregate
class CorporateNumberClaim {

    private static final Logger log = LoggerFactory.getLogger(CorporateNumberClaim.class);

    @AggregateIdentifier
    private String claimId;
    private CompanyId holder;

    /** Axon rebuilds the claim from its events through this constructor. */
    CorporateNumberClaim() {
    }

    /** Created by {@link Company} when it registers (see {@code AggregateLifecycle.createNew}). */
    CorporateNumberClaim(CorporateNumber corporateNumber, CompanyId companyId) {
        apply(new CorporateNumberClaimedEvent(idOf(corporateNumber), corporateNumber, companyId));
    }

    static String idOf(CorporateNumber corporateNumber) {
        return "corporate-number-" + corporateNumber.value();
    }

    /**
     * A company registered before numbers were claimed: claims its number unless it is claimed already. A
     * number two such companies share stays with the first; the second is reported for someone to merge.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimCorporateNumberCommand command) {
        if (holder == null) {
            apply(new CorporateNumberClaimedEvent(command.claimId(), command.corporateNumber(), command.companyId()));
        } else if (!holder.equals(command.companyId())) {
            log.warn("Corporate number {} is registered to company {} and, before numbers were claimed, to company {}"
                    + " as well: the second is a duplicate to be merged", command.corporateNumber(), holder,
                    command.companyId());
        }
    }

    @EventSourcingHandler
    void on(CorporateNumberClaimedEvent event) {
        claimId = event.claimId();
        holder = event.companyId();
    }
}
