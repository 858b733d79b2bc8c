package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Undoing something recorded on a contract (a payment, a write-off): the date, and the reason. */
abstract class ReversingForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reversedOn;
    @NotBlank
    @Size(max = 1000)
    private String reason;

    public LocalDate getReversedOn() {
        return reversedOn;
    }

    public void setReversedOn(LocalDate reversedOn) {
        this.reversedOn = reversedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
