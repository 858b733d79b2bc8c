package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Withdrawing an order request or a supplier's registration: the date and why. */
class WithdrawalForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate withdrawnOn;
    @NotBlank
    @Size(max = 1000)
    private String reason;

    static WithdrawalForm on(LocalDate date) {
        WithdrawalForm form = new WithdrawalForm();
        form.setWithdrawnOn(date);
        return form;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
