package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;

/**
 * A caseworker asked for the fiscal year's interest subsidy. {@code subsidies}: the interest still to be
 * paid of each instalment falling due in that year, as it stood at the request: exactly what an approval
 * grants, and what the supervisors' queue shows; {@code total} their sum.
 */
@Revision("1")
public record InterestSubsidyRequestedEvent(
        LeaseContractId contractId,
        CompanyId companyId,
        String requestId,
        int fiscalYear,
        int salesDeclineBasisPoints,
        String evidence,
        LocalDate requestedOn,
        String requestedBy,
        List<SubsidisedInterest> subsidies,
        Yen total) {
}
