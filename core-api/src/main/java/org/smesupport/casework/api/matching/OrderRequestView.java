package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import java.util.List;

/** An order request in full: what was asked, its state and every referral made for it, oldest first. */
public record OrderRequestView(
        OrderRequestId orderRequestId,
        OrderRequestDetails details,
        LocalDate receivedOn,
        OrderRequestStatus status,
        LocalDate filledOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        List<ReferralView> referrals,
        long version) {
}
