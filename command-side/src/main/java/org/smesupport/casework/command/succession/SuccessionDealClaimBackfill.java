package org.smesupport.casework.command.succession;

import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.command.common.UniqueClaims;
import org.springframework.stereotype.Component;

/**
 * Claims the cases of deals concluded before a deal claimed its cases, so that the one-deal-per-case check
 * knows them too: it follows the deals from the start of the event store once, and afterwards finds each
 * new deal's cases claimed already. A claim is idempotent, so the processor never needs to replay.
 */
@Component
@ProcessingGroup(SuccessionDealClaimBackfill.PROCESSING_GROUP)
@DisallowReplay
class SuccessionDealClaimBackfill {

    static final String PROCESSING_GROUP = "succession-deal-claims";

    private final CommandGateway commandGateway;
    private final SuccessionCaseRegistry cases;

    SuccessionDealClaimBackfill(CommandGateway commandGateway, SuccessionCaseRegistry cases) {
        this.commandGateway = commandGateway;
        this.cases = cases;
    }

    @EventHandler
    void on(SuccessionDealConcludedEvent event) {
        Stream.of(event.seller(), event.buyer())
                .map(DealParty::caseId)
                .filter(caseId -> caseId != null && cases.dealOf(caseId).isEmpty())
                .forEach(caseId -> UniqueClaims.claimAsProcessor(commandGateway,
                        caseId.dealClaim(), event.dealId().value(), PROCESSING_GROUP));
    }
}
