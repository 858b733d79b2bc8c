package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.company.CompanyId;

public record RestructuringPlanCompletedEvent(
        RestructuringCaseId caseId,
        CompanyId companyId,
        LocalDate completedOn,
        boolean drastic,
        String planSummary,
        List<PlannedLeaseReschedule> leaseReschedules,
        String requestedBy) {
}
