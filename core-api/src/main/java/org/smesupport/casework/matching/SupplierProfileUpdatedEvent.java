package org.smesupport.casework.matching;

import java.time.LocalDate;

public record SupplierProfileUpdatedEvent(
        SupplierId supplierId,
        SupplierProfile profile,
        LocalDate surveyedOn) {
}
