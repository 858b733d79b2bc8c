package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** A company whose supplier registration was withdrawn applies to take orders again, with its profile now. */
public record ReregisterSupplierCommand(
        @TargetAggregateIdentifier SupplierId supplierId,
        SupplierProfile profile,
        @CountsInFiscalYear LocalDate registeredOn,
        @TargetAggregateVersion Long expectedVersion) {
}
