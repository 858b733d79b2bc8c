package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A completed or early-settled contract is active again: a payment that had ended it was reversed (a
 * bounced transfer), so money is owed once more. {@code reason} says which payment and why; the reversal
 * follows as its own event.
 */
@Revision("1")
public record LeaseContractReopenedEvent(
        LeaseContractId contractId,
        LocalDate reopenedOn,
        String reason) {
}
