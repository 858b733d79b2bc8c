package org.smesupport.casework.web.succession;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A correction of the case's deal, with the reason: its date, or the counterpart's name or place. A correction that
 * changes nothing is refused by the deal, so a double submit corrects once.
 */
class CorrectionForm extends DealTermsForm {

    @NotBlank
    @Size(max = 1000)
    private String reason;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate correctedOn;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getCorrectedOn() {
        return correctedOn;
    }

    public void setCorrectedOn(LocalDate correctedOn) {
        this.correctedOn = correctedOn;
    }
}
