package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Every instalment is paid (or settled): the contract ends normally. */
@Revision("1")
public record LeaseContractCompletedEvent(
        LeaseContractId contractId,
        LocalDate completedOn) {
}
