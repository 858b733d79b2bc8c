package org.smesupport.casework.web.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Ending the case at its stage: withdrawn by the firm or closed by the centre, with the reason. */
class EndForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endedOn;
    @NotNull
    private Boolean withdrawnByFirm;
    @NotBlank
    @Size(max = 2000)
    private String reason;

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public Boolean getWithdrawnByFirm() {
        return withdrawnByFirm;
    }

    public void setWithdrawnByFirm(Boolean withdrawnByFirm) {
        this.withdrawnByFirm = withdrawnByFirm;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
