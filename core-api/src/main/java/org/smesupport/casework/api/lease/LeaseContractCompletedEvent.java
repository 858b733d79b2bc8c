package org.smesupport.casework.api.lease;

import java.time.LocalDate;

/** Every instalment is paid (or settled): the contract ends normally. */
public record LeaseContractCompletedEvent(
        LeaseContractId contractId,
        LocalDate completedOn) {
}
