package org.smesupport.casework.web.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.plan.Kpi;

/**
 * Setting a KPI's target for a year of the plan, with the reason the record keeps (e.g. 理事会承認). Setting the
 * target in force again changes nothing, so the form needs no version: a double submit is harmless.
 */
class TargetForm {

    @NotNull
    private Kpi kpi;
    @NotNull
    private Integer fiscalYear;
    @NotNull
    private Long target;
    @NotBlank
    @Size(max = 1000)
    private String reason;

    public Kpi getKpi() {
        return kpi;
    }

    public void setKpi(Kpi kpi) {
        this.kpi = kpi;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
