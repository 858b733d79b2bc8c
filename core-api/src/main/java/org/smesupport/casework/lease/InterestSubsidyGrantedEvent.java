package org.smesupport.casework.lease;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.common.Yen;

/**
 * The fiscal year's interest is paid by the subsidy: {@code subsidies} per instalment falling due in that
 * year, {@code total} their sum. {@code newContract}: the contract was opened in that fiscal year (the
 * report counts new and existing users separately).
 */
public record InterestSubsidyGrantedEvent(
        LeaseContractId contractId,
        int fiscalYear,
        int salesDeclineBasisPoints,
        String evidence,
        LocalDate grantedOn,
        boolean newContract,
        List<SubsidisedInterest> subsidies,
        Yen total) {
}
