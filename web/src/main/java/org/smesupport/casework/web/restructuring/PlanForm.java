package org.smesupport.casework.web.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The completed plan (計画策定完了); {@code drastic} is asked, not defaulted, since the report counts 抜本再生 apart. */
class PlanForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate completedOn;
    @NotNull
    private Boolean drastic;
    @NotBlank
    @Size(max = 2000)
    private String planSummary;

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public Boolean getDrastic() {
        return drastic;
    }

    public void setDrastic(Boolean drastic) {
        this.drastic = drastic;
    }

    public String getPlanSummary() {
        return planSummary;
    }

    public void setPlanSummary(String planSummary) {
        this.planSummary = planSummary;
    }
}
