package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.company.CompanyId;

@Revision("1")
public record RestructuringPlanCompletedEvent(
        RestructuringCaseId caseId,
        CompanyId companyId,
        LocalDate completedOn,
        boolean drastic,
        String planSummary,
        List<PlannedLeaseReschedule> leaseReschedules,
        String requestedBy) {
}
