package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.Reasoned;

public record WithdrawOrderRequestCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        @CountsInFiscalYear LocalDate withdrawnOn,
        String reason) implements Reasoned {
}
