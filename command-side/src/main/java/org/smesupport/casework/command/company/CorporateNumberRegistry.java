package org.smesupport.casework.command.company;

import java.util.Optional;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CorporateNumber;

/** Tells the company registration which company holds a corporate number, if any. */
public interface CorporateNumberRegistry {

    Optional<CompanyId> holderOf(CorporateNumber corporateNumber);

    /** The stream of the number's {@link org.smesupport.casework.command.common.UniqueClaim}. */
    static String claimOf(CorporateNumber corporateNumber) {
        return "corporate-number-" + corporateNumber.value();
    }
}
