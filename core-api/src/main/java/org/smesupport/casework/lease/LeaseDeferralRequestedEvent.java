package org.smesupport.casework.lease;

import java.time.LocalDate;
import java.util.List;

public record LeaseDeferralRequestedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate requestedOn,
        String requestedBy,
        String reason,
        List<Instalment> revisedInstalments) {
}
