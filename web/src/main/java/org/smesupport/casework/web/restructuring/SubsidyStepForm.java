package org.smesupport.casework.web.restructuring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The next step of a subsidy file: the step the page offers, its date, the plan's cost (with the payment
 * application only) and the decision (with a decision only). A step recorded twice is out of order, which the file
 * refuses, so a double submit records one.
 */
class SubsidyStepForm {

    @NotNull
    private ImprovementSubsidyStep step;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    @Positive
    private Long cost;
    private Boolean approved;

    public ImprovementSubsidyStep getStep() {
        return step;
    }

    public void setStep(ImprovementSubsidyStep step) {
        this.step = step;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Long getCost() {
        return cost;
    }

    public void setCost(Long cost) {
        this.cost = cost;
    }

    public Boolean getApproved() {
        return approved;
    }

    public void setApproved(Boolean approved) {
        this.approved = approved;
    }
}
