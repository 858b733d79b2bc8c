package org.smesupport.casework.matching;

import java.time.LocalDate;
import org.smesupport.casework.company.CompanyId;

/** {@code companyName} as registered at the time, so lists and candidates need no lookup. */
public record SupplierRegisteredEvent(
        SupplierId supplierId,
        CompanyId companyId,
        String companyName,
        SupplierProfile profile,
        LocalDate registeredOn) {
}
