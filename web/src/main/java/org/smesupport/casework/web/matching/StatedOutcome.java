package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.matching.ReferralOutcome;

/**
 * An introduction's outcome as a form states it, when recorded or corrected: concluded with the initial order amount
 * in whole yen, or not concluded with a reason. Which of the two each needs is the aggregate's rule, so the
 * caseworker reads one message either way.
 */
abstract class StatedOutcome {

    @NotNull
    private ReferralOutcome outcome;
    @PositiveOrZero
    @Max(999_999_999_999L)
    private Long initialOrderAmount;
    @Size(max = 1000)
    private String reason;

    public ReferralOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReferralOutcome outcome) {
        this.outcome = outcome;
    }

    public Long getInitialOrderAmount() {
        return initialOrderAmount;
    }

    public void setInitialOrderAmount(Long initialOrderAmount) {
        this.initialOrderAmount = initialOrderAmount;
    }

    /** The amount as the commands take it: none where the form has none. */
    Yen amount() {
        return initialOrderAmount == null ? null : Yen.of(initialOrderAmount);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
