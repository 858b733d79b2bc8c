package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SupplierWithdrawnEvent(
        SupplierId supplierId,
        LocalDate withdrawnOn,
        String reason) {
}
