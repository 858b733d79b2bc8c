package org.smesupport.casework.matching;

import java.time.LocalDate;

public record SupplierIntroducedEvent(
        OrderRequestId orderRequestId,
        String referralId,
        SupplierId supplierId,
        String supplierName,
        LocalDate introducedOn) {
}
