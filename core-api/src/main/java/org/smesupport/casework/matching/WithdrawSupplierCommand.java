package org.smesupport.casework.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.Reasoned;

public record WithdrawSupplierCommand(
        @TargetAggregateIdentifier SupplierId supplierId,
        @CountsInFiscalYear LocalDate withdrawnOn,
        String reason) implements Reasoned {
}
