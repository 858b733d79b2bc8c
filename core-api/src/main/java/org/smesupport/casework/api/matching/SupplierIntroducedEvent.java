package org.smesupport.casework.api.matching;

import java.time.LocalDate;

public record SupplierIntroducedEvent(
        OrderRequestId orderRequestId,
        String referralId,
        SupplierId supplierId,
        String supplierName,
        LocalDate introducedOn) {
}
