package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.command.web.YenAmount;

/** {@code downPayment} and {@code interestFreeMonths} may be left out: 0. Amounts in whole yen. */
record OpenLeaseContractRequest(
        @NotBlank String companyId,
        @NotNull ContractKind kind,
        @NotBlank @Size(max = LeaseContract.MAX_EQUIPMENT_LENGTH) String equipment,
        @NotNull @Positive @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal amount,
        @PositiveOrZero @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal downPayment,
        @NotNull @Min(1) @Max(LeaseContract.MAX_TERM_MONTHS) Integer termMonths,
        @NotNull PaymentFrequency frequency,
        @NotNull @Min(0) @Max(LeaseContract.MAX_RATE_BASIS_POINTS) Integer annualRateBasisPoints,
        @Min(0) @Max(LeaseContract.MAX_TERM_MONTHS) Integer interestFreeMonths,
        @NotNull LocalDate contractDate,
        @NotNull LocalDate firstDueDate) {

    OpenLeaseContractCommand toCommand(LeaseContractId contractId) {
        return new OpenLeaseContractCommand(contractId, CompanyId.of(companyId), kind, equipment, YenAmount.of(amount),
                YenAmount.orZero(downPayment), termMonths, frequency, annualRateBasisPoints,
                interestFreeMonths == null ? 0 : interestFreeMonths, contractDate, firstDueDate);
    }
}
