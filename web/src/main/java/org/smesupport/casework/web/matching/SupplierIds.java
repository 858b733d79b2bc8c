package org.smesupport.casework.web.matching;

import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.SupplierId;

/**
 * A company's supplier registration has the id the API derives from the company's ({@code supplier-<companyId>};
 * the registration refuses any other, and a company registers once): so a page finds a company's registration by
 * its id, and a second submit of the registration form names the same registration.
 */
public final class SupplierIds {

    private SupplierIds() {
    }

    public static SupplierId of(CompanyId companyId) {
        return SupplierId.of("supplier-" + companyId.value());
    }
}
