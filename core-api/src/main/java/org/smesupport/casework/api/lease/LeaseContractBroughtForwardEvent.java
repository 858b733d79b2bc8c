package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;

/**
 * A contract in force brought forward from the centre's earlier books at {@code cutOver}: its terms and generated
 * schedule as an opening gives them, and {@code dueBeforeCutOver}, one entry per instalment due before the
 * cut-over, saying what of it was paid, written off and in arrears then. The contract was counted as a new
 * contract in the year it was made, before the product; its arrears enter the receivables roll-forward as the
 * cut-over year's opening balance, not as arrears arising. The industry and size class are the company's at the
 * cut-over.
 */
@Revision("1")
public record LeaseContractBroughtForwardEvent(
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
        List<Instalment> schedule,
        LocalDate cutOver,
        List<CutOverInstalment> dueBeforeCutOver) implements LeaseContractTerms {

    /** The arrears brought forward: Σ unpaid of the instalments in arrears at the cut-over. */
    public Yen arrears() {
        return dueBeforeCutOver.stream().map(CutOverInstalment::arrears).reduce(Yen.ZERO, Yen::plus);
    }
}
