package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** An order request (発注申込) is received from an ordering firm. */
public record ReceiveOrderRequestCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        OrderRequestDetails details,
        @CountsInFiscalYear LocalDate receivedOn) {
}
