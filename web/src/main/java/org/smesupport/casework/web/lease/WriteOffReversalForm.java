package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A supervisor reverses an approved write-off (chosen by its request), with the reason. */
class WriteOffReversalForm {

    @NotBlank
    private String requestId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reversedOn;
    @NotBlank
    @Size(max = 1000)
    private String reason;

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

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
