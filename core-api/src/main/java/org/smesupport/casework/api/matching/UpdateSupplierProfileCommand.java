package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** The periodic update survey (更新調査) or a supplier's own change: the whole profile as it is now. */
public record UpdateSupplierProfileCommand(
        @TargetAggregateIdentifier SupplierId supplierId,
        SupplierProfile profile,
        @CountsInFiscalYear LocalDate surveyedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
