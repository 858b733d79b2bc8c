package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.PersonalData;

/**
 * The deferral takes effect: {@code revisedInstalments} replace the instalments numbered
 * {@code replacedInstalments} (absent from events stored before they were recorded: then the unpaid
 * instalments not in arrears, as the request found them).
 */
@Revision("1")
public record LeaseDeferralApprovedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        @PersonalData String comment,
        List<Instalment> revisedInstalments,
        List<Integer> replacedInstalments) {
}
