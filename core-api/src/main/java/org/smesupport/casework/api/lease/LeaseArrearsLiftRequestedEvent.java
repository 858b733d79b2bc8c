package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A caseworker asked to lift arrears; {@code entries} is exactly what an approval lifts. */
@Revision("1")
public record LeaseArrearsLiftRequestedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate requestedOn,
        String requestedBy,
        String reason,
        List<LiftedArrears> entries) {
}
