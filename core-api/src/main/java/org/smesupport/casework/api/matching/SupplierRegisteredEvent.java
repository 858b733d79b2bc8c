package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.company.CompanyId;

/** {@code companyName} as registered at the time, so lists and candidates need no lookup. */
@Revision("1")
public record SupplierRegisteredEvent(
        SupplierId supplierId,
        CompanyId companyId,
        String companyName,
        SupplierProfile profile,
        LocalDate registeredOn) {
}
