package org.smesupport.casework.web.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Reopening a closed case, with the reason; {@code expectedVersion} is the case's version the page showed. */
class ReopenForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reopenedOn;
    @NotBlank
    @Size(max = 1000)
    private String reason;
    @NotNull
    private Long expectedVersion;

    public LocalDate getReopenedOn() {
        return reopenedOn;
    }

    public void setReopenedOn(LocalDate reopenedOn) {
        this.reopenedOn = reopenedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
