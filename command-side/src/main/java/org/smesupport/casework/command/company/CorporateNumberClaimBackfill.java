package org.smesupport.casework.command.company;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.command.common.UniqueClaims;
import org.springframework.stereotype.Component;

/**
 * Claims the corporate numbers of companies registered before registration claimed them, so that the
 * uniqueness check also knows them: it follows the company registrations from the start of the event
 * store once, and afterwards finds each new registration's number claimed already. A claim is idempotent
 * ({@link org.smesupport.casework.command.common.UniqueClaim}), so a redelivery does no harm; a replay would only
 * repeat that work, so the processor never replays.
 */
@Component
@ProcessingGroup(CorporateNumberClaimBackfill.PROCESSING_GROUP)
@DisallowReplay
class CorporateNumberClaimBackfill {

    static final String PROCESSING_GROUP = "corporate-number-claims";

    private final CommandGateway commandGateway;
    private final CorporateNumberRegistry corporateNumbers;

    CorporateNumberClaimBackfill(CommandGateway commandGateway, CorporateNumberRegistry corporateNumbers) {
        this.commandGateway = commandGateway;
        this.corporateNumbers = corporateNumbers;
    }

    @EventHandler
    void on(CompanyRegisteredEvent event) {
        CorporateNumber number = event.corporateNumber();
        if (number != null && corporateNumbers.holderOf(number).isEmpty()) {
            UniqueClaims.claimAsProcessor(commandGateway, CorporateNumberRegistry.claimOf(number),
                    event.companyId().value(), PROCESSING_GROUP);
        }
    }
}
