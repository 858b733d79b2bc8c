package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;

/** {@code initialOrderAmount} is zero when not concluded. */
@Revision("1")
public record ReferralOutcomeRecordedEvent(
        OrderRequestId orderRequestId,
        String referralId,
        SupplierId supplierId,
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        String reason,
        LocalDate decidedOn) {
}
