package org.smesupport.casework.command.succession;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.succession.CorrectSuccessionDealCommand;
import org.smesupport.casework.api.succession.SuccessionDealId;

/** The deal as it should read, why, and when the correction is made. */
record CorrectSuccessionDealRequest(
        @Valid @NotNull ConcludeSuccessionDealRequest.Party seller,
        @Valid @NotNull ConcludeSuccessionDealRequest.Party buyer,
        @NotNull LocalDate concludedOn,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull LocalDate correctedOn) {

    CorrectSuccessionDealCommand toCommand(SuccessionDealId dealId) {
        return new CorrectSuccessionDealCommand(dealId, seller.toDealParty(), buyer.toDealParty(), concludedOn, reason,
                correctedOn);
    }
}
