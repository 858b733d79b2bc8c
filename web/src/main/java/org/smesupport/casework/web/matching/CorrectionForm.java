package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A request to correct a recorded outcome: the outcome as it should have been recorded, why (always: the old
 * outcome is kept beside it) and the date; a supervisor other than the requester decides.
 */
class CorrectionForm extends StatedOutcome {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate requestedOn;

    @NotBlank
    @Override
    public String getReason() {
        return super.getReason();
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }
}
