package org.smesupport.casework.company;

import java.util.Optional;

/** Tells the company registration which company holds a corporate number, if any. */
public interface CorporateNumberRegistry {

    Optional<CompanyId> holderOf(CorporateNumber corporateNumber);

    /** The stream of the number's {@link org.smesupport.casework.common.UniqueClaim}. */
    static String claimOf(CorporateNumber corporateNumber) {
        return "corporate-number-" + corporateNumber.value();
    }
}
