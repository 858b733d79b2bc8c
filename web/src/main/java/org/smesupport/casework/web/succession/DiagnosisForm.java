package org.smesupport.casework.web.succession;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A succession diagnosis (事業承継診断); a second one on the same day is refused by the case, so a double submit records one. */
class DiagnosisForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate diagnosedOn;

    public LocalDate getDiagnosedOn() {
        return diagnosedOn;
    }

    public void setDiagnosedOn(LocalDate diagnosedOn) {
        this.diagnosedOn = diagnosedOn;
    }
}
