package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.common.Yen;

/**
 * A deferral, write-off, interest subsidy or arrears lift awaiting a supervisor's decision. {@code arrears}:
 * for a write-off, the arrears when it was requested, and {@code entries} the same per instalment, exactly
 * what an approval writes off (empty for the other kinds, and for write-offs requested before requests
 * listed them); {@code revisedInstalments}: for a deferral, the schedule it proposes (empty otherwise);
 * {@code subsidy}: for an interest subsidy, what it would grant ({@code null} otherwise); {@code lifted}:
 * for an arrears lift, what it would take back per instalment (empty otherwise).
 * {@code companyName}: the company's current name, read when the query is answered ({@code null} if the
 * company is not in the read model).
 */
public record LeaseApprovalRequest(
        String contractId,
        String companyId,
        String companyName,
        String requestId,
        ApprovalKind kind,
        LocalDate requestedOn,
        String requestedBy,
        String reason,
        Yen arrears,
        List<ArrearsEntry> entries,
        List<Instalment> revisedInstalments,
        InterestSubsidyProposal subsidy,
        List<LiftedArrears> lifted) {
}
