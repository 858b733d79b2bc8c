package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** The ordering firm has what it needed; no more introductions are made for this request. */
public record MarkOrderRequestFilledCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        @CountsInFiscalYear LocalDate filledOn) {
}
