package org.smesupport.casework.api.matching;

import java.time.LocalDate;

public record SupplierWithdrawnEvent(
        SupplierId supplierId,
        LocalDate withdrawnOn,
        String reason) {
}
