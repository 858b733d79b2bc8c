package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;

/**
 * A contract's terms and balances. {@code outstandingPrincipal}: principal still owed on the books;
 * {@code arrears}: what is unpaid on instalments in arrears (延滞額); {@code writtenOffBalance}: written off
 * and not recovered since, off the books. {@code oldestArrearsDueDate}: due date of the oldest instalment
 * in arrears with something unpaid, {@code null} without arrears. {@code version}: the sequence of the
 * last event applied.
 * {@code reference}: its human-readable reference ({@code api.reference}), {@code null} for the moment
 * between its creation and its numbering.
 * {@code companyName}: the company's current name, read when the query is answered ({@code null} if the
 * company is not in the read model).
 */
public record LeaseContractSummary(
        String contractId,
        String reference,
        String companyId,
        String companyName,
        Industry industry,
        SizeClass sizeClass,
        ContractKind kind,
        String equipment,
        Yen amount,
        Yen financedPrincipal,
        LocalDate contractDate,
        LeaseContractStatus status,
        Yen outstandingPrincipal,
        Yen arrears,
        Yen writtenOffBalance,
        LocalDate oldestArrearsDueDate,
        int pendingApprovals,
        long version) {
}
