package org.smesupport.casework.api.lease;

import java.util.List;
import org.smesupport.casework.api.common.Yen;

/**
 * What an interest-subsidy request asks a supervisor to grant: the fiscal year, the declared fall in
 * sales and its evidence, and the interest per instalment (exactly what an approval grants).
 */
public record InterestSubsidyProposal(
        int fiscalYear,
        int salesDeclineBasisPoints,
        String evidence,
        List<SubsidisedInterest> subsidies,
        Yen total) {
}
