package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The outcome of an introduction: concluded with the initial order amount in whole yen, or not concluded with a
 * reason. Which of the two each needs is the aggregate's rule, so the caseworker reads one message either way.
 */
class OutcomeForm {

    @NotNull
    private ReferralOutcome outcome;
    @PositiveOrZero
    @Max(999_999_999_999L)
    private Long initialOrderAmount;
    @Size(max = 1000)
    private String reason;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
