package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;

/**
 * A contract and its generated repayment schedule. The company's industry and size class are those at
 * contract time (the report counts contracts by industry; the interest subsidy depends on size).
 */
@Revision("1")
public record LeaseContractOpenedEvent(
        LeaseContractId contractId,
        CompanyId companyId,
        Industry industry,
        SizeClass sizeClass,
        ContractKind kind,
        String equipment,
        Yen amount,
        Yen downPayment,
        Yen financedPrincipal,
        int termMonths,
        PaymentFrequency frequency,
        int annualRateBasisPoints,
        int interestFreeMonths,
        LocalDate contractDate,
        List<Instalment> schedule) implements LeaseContractTerms {
}
