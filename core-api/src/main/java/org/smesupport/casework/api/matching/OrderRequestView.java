package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import java.util.List;

/** An order request in full: what was asked, its state and every referral made for it, oldest first.
 * {@code reference}: its human-readable reference ({@code api.reference}), {@code null} for the moment
 * between its creation and its numbering.
 */
public record OrderRequestView(
        OrderRequestId orderRequestId,
        String reference,
        OrderRequestDetails details,
        LocalDate receivedOn,
        OrderRequestStatus status,
        LocalDate filledOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        List<ReferralView> referrals,
        long version) {
}
