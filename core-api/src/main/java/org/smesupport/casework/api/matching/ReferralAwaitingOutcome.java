package org.smesupport.casework.api.matching;

import java.time.LocalDate;

/** An introduction still waiting for its outcome, with enough of its order request to follow it up. */
public record ReferralAwaitingOutcome(
        OrderRequestId orderRequestId,
        String orderingFirm,
        String work,
        String referralId,
        SupplierId supplierId,
        String supplierName,
        LocalDate introducedOn) {
}
