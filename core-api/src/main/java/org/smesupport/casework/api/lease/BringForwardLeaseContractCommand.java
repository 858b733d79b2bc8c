package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;

/**
 * Brings a contract in force from the centre's earlier books into the product at the {@code cutOver} (the first
 * business day the product records): its original terms, as {@link OpenLeaseContractCommand} takes them, and
 * where its instalments due before the cut-over stood then: the principal and interest paid, the instalments in
 * arrears with what of each is unpaid, and what was written off (償却), still owed by the firm but off the books.
 * The contract date lies before the product's records, so only the cut-over counts in a fiscal year.
 */
public record BringForwardLeaseContractCommand(
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
        LocalDate contractDate,
        LocalDate firstDueDate,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate cutOver,
        Yen paidPrincipal,
        Yen paidInterest,
        List<ArrearsAtCutOver> arrears,
        Yen writtenOff) {

    /** One instalment due before the cut-over and unpaid then: its due date and the unpaid principal and interest. */
    public record ArrearsAtCutOver(LocalDate dueDate, Yen principal, Yen interest) {
    }
}
