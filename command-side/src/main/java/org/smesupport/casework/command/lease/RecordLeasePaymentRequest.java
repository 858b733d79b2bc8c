package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.command.web.YenAmount;

/**
 * {@code paymentId} may be left out; the API then generates one and returns it. A client that sends its
 * own (the bank transfer's reference) can retry safely: the contract refuses a payment id twice.
 */
record RecordLeasePaymentRequest(
        @Size(min = 1, max = 100) String paymentId,
        @NotNull LocalDate receivedOn,
        @NotNull @Positive @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal amount,
        @PositiveOrZero Long expectedVersion) {

    RecordLeasePaymentCommand toCommand(LeaseContractId contractId, String generatedPaymentId) {
        return new RecordLeasePaymentCommand(contractId, paymentId == null ? generatedPaymentId : paymentId, receivedOn,
                YenAmount.of(amount), expectedVersion);
    }
}
