package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SupplierIntroducedEvent(
        OrderRequestId orderRequestId,
        String referralId,
        SupplierId supplierId,
        String supplierName,
        LocalDate introducedOn) {
}
