package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the close-of-business run for {@code businessDate}: every instalment whose due date plus
 * {@code graceDays} lies before the business date and which is still unpaid moves into arrears.
 * Idempotent: instalments already in arrears are left alone, and nothing new means no event.
 */
public record MarkLeaseArrearsCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        LocalDate businessDate,
        int graceDays) {
}
