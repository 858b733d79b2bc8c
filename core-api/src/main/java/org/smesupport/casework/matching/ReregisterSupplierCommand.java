package org.smesupport.casework.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A company whose supplier registration was withdrawn applies to take orders again, with its profile now. */
public record ReregisterSupplierCommand(
        @TargetAggregateIdentifier SupplierId supplierId,
        SupplierProfile profile,
        LocalDate registeredOn,
        @TargetAggregateVersion Long expectedVersion) {
}
