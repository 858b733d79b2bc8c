package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A deferral requested: {@code revisedInstalments} are to replace the instalments {@code replacedInstalments}
 * (their numbers: the unpaid ones not in arrears, not written off and not subsidised when requested;
 * absent from events stored before they were recorded, when the replaced ones were worked out again).
 */
@Revision("1")
public record LeaseDeferralRequestedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate requestedOn,
        String requestedBy,
        String reason,
        List<Instalment> revisedInstalments,
        List<Integer> replacedInstalments) {
}
