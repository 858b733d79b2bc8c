package org.smesupport.casework.web.fiscalyear;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing or reopening a fiscal year: the reason the record keeps (e.g. 決算承認, or what was left out). */
class ReasonForm {

    @NotBlank
    @Size(max = 1000)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
