package org.smesupport.casework.api.matching;

import java.time.LocalDate;

public record SupplierProfileUpdatedEvent(
        SupplierId supplierId,
        SupplierProfile profile,
        LocalDate surveyedOn) {
}
