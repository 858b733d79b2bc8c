package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.PersonalData;

/**
 * A supervisor approved the lift: the instalments are no longer in arrears, and the roll-forward takes
 * back, in the fiscal year of {@code decidedOn}, what was booked for them: Σ arisen from arrears arising
 * and Σ recovered from arrears recovered (earlier years keep their published figures).
 */
@Revision("1")
public record LeaseArrearsLiftedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        @PersonalData String comment,
        List<LiftedArrears> entries) {
}
