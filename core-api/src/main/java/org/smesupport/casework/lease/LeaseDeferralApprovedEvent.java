package org.smesupport.casework.lease;

import java.time.LocalDate;
import java.util.List;

/** The deferral takes effect: {@code revisedInstalments} replace the unpaid, not-in-arrears instalments. */
public record LeaseDeferralApprovedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String comment,
        List<Instalment> revisedInstalments) {
}
