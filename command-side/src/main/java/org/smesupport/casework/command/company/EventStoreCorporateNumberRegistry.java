package org.smesupport.casework.command.company;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.command.common.UniqueClaims;
import org.springframework.stereotype.Component;

/** The holder is named by the number's claim. */
@Component
class EventStoreCorporateNumberRegistry implements CorporateNumberRegistry {

    private final UniqueClaims claims;

    EventStoreCorporateNumberRegistry(EventStore eventStore) {
        this.claims = new UniqueClaims(eventStore);
    }

    @Override
    public Optional<CompanyId> holderOf(CorporateNumber corporateNumber) {
        return claims.holderOf(CorporateNumberRegistry.claimOf(corporateNumber)).map(CompanyId::of);
    }
}
