package org.smesupport.casework.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.Reasoned;

public record WithdrawOrderRequestCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        @CountsInFiscalYear LocalDate withdrawnOn,
        String reason) implements Reasoned {
}
