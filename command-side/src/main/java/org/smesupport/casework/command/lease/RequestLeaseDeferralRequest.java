package org.smesupport.casework.command.lease;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.command.web.YenAmount;

/** The requesting user is the signed-in one, never a field of the body. */
record RequestLeaseDeferralRequest(
        @NotNull LocalDate requestedOn,
        @NotBlank @Size(max = 2000) String reason,
        @NotEmpty @Size(max = LeaseContract.MAX_TERM_MONTHS) List<@Valid @NotNull RevisedInstalment> revisedInstalments,
        @PositiveOrZero Long expectedVersion) {

    record RevisedInstalment(
            @NotNull @Positive Integer number,
            @NotNull LocalDate dueDate,
            @NotNull @PositiveOrZero @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal principal,
            @NotNull @PositiveOrZero @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal interest) {

        Instalment toInstalment() {
            return new Instalment(number, dueDate, YenAmount.of(principal), YenAmount.of(interest));
        }
    }

    RequestLeaseDeferralCommand toCommand(LeaseContractId contractId, String requestId, String requestedBy) {
        return new RequestLeaseDeferralCommand(contractId, requestId, requestedOn, requestedBy, reason,
                revisedInstalments.stream().map(RevisedInstalment::toInstalment).toList(), expectedVersion);
    }
}
