package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.SettleLeaseContractEarlyCommand;
import org.smesupport.casework.command.web.YenAmount;

/** {@code amount}: what the firm pays, which must be exactly what is owed on {@code settledOn}. */
record SettleLeaseContractEarlyRequest(
        @NotNull LocalDate settledOn,
        @NotNull @Positive @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal amount,
        @PositiveOrZero Long expectedVersion) {

    SettleLeaseContractEarlyCommand toCommand(LeaseContractId contractId) {
        return new SettleLeaseContractEarlyCommand(contractId, settledOn, YenAmount.of(amount), expectedVersion);
    }
}
