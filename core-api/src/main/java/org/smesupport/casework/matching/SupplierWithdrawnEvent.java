package org.smesupport.casework.matching;

import java.time.LocalDate;

public record SupplierWithdrawnEvent(
        SupplierId supplierId,
        LocalDate withdrawnOn,
        String reason) {
}
