package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;

/**
 * Opens a contract: the centre bought {@code equipment} for {@code amount} and leases it or sells it on
 * instalments. {@code annualRateBasisPoints}: the yearly rate in hundredths of a percent (250 = 2.50 %);
 * {@code interestFreeMonths}: instalments falling due within this many months of the contract date carry
 * no interest (the COVID-era measure waived the first 36 months).
 */
public record OpenLeaseContractCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        CompanyId companyId,
        ContractKind kind,
        String equipment,
        Yen amount,
        Yen downPayment,
        int termMonths,
        PaymentFrequency frequency,
        int annualRateBasisPoints,
        int interestFreeMonths,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate contractDate,
        LocalDate firstDueDate) {
}
