package org.smesupport.casework.succession;

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
 * The one concluded deal a succession case is party to: its stream ({@link #idOf}) is created in the same
 * unit of work as the deal, and the event store refuses a second stream of the same id, so two deals
 * racing for one case cannot both be stored (the loser gets a 409).
 */
@Aggregate
class SuccessionCaseDealClaim {

    private static final Logger log = LoggerFactory.getLogger(SuccessionCaseDealClaim.class);

    @AggregateIdentifier
    private String claimId;
    private SuccessionDealId deal;

    /** Axon rebuilds the claim from its events through this constructor. */
    SuccessionCaseDealClaim() {
    }

    /** Created by {@link SuccessionDeal} when it is concluded (see {@code AggregateLifecycle.createNew}). */
    SuccessionCaseDealClaim(SuccessionCaseId caseId, SuccessionDealId dealId) {
        apply(new SuccessionCaseEnteredDealEvent(idOf(caseId), caseId, dealId));
    }

    static String idOf(SuccessionCaseId caseId) {
        return "succession-deal-of-" + caseId.value();
    }

    /**
     * A deal concluded before deals claimed their cases: claims its case unless claimed already. A case two
     * such deals share stays with the first; the second is reported for someone to correct.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimSuccessionCaseForDealCommand command) {
        if (deal == null) {
            apply(new SuccessionCaseEnteredDealEvent(command.claimId(), command.caseId(), command.dealId()));
        } else if (!deal.equals(command.dealId())) {
            log.warn("Succession case {} is party to deal {} and, before deals claimed their cases, to deal {} as "
                    + "well: the second is to be corrected", command.caseId(), deal, command.dealId());
        }
    }

    @EventSourcingHandler
    void on(SuccessionCaseEnteredDealEvent event) {
        claimId = event.claimId();
        deal = event.dealId();
    }
}
