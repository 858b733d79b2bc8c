package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;

/**
 * A corrected outcome with what it replaces. Statistics move the deal between years or columns as the
 * correction says: the concluded count and amount follow the outcome's original {@code decidedOn} year.
 * {@code correctedOn} is the approval's date; {@code requestedBy} and {@code approvedBy} the maker and the
 * checker (absent from corrections made before they needed a checker).
 */
@Revision("1")
public record ReferralOutcomeCorrectedEvent(
        OrderRequestId orderRequestId,
        String referralId,
        SupplierId supplierId,
        ReferralOutcome previousOutcome,
        Yen previousInitialOrderAmount,
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        LocalDate decidedOn,
        String reason,
        LocalDate correctedOn,
        String requestedBy,
        String approvedBy) {
}
