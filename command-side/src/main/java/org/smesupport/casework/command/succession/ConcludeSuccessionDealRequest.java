package org.smesupport.casework.command.succession;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.succession.ConcludeSuccessionDealCommand;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionDealId;

/**
 * Each party: {@code caseId} of a succession case (whose own record says whether it is in the prefecture),
 * or {@code name} of a counterpart with {@code inPrefecture}.
 */
record ConcludeSuccessionDealRequest(
        @Valid @NotNull Party seller,
        @Valid @NotNull Party buyer,
        @NotNull LocalDate concludedOn) {

    record Party(
            String caseId,
            @Size(max = SuccessionDeal.MAX_NAME_LENGTH) String name,
            Boolean inPrefecture) {

        DealParty toDealParty() {
            return new DealParty(caseId == null || caseId.isBlank() ? null : SuccessionCaseId.of(caseId), name,
                    inPrefecture);
        }
    }

    ConcludeSuccessionDealCommand toCommand(SuccessionDealId dealId) {
        return new ConcludeSuccessionDealCommand(dealId, seller.toDealParty(), buyer.toDealParty(), concludedOn);
    }
}
