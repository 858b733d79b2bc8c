package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Introducing a candidate supplier to an order request, one click from the ranked list. */
class IntroductionForm {

    @NotBlank
    private String supplierId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate introducedOn;

    public String getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(String supplierId) {
        this.supplierId = supplierId;
    }

    public LocalDate getIntroducedOn() {
        return introducedOn;
    }

    public void setIntroducedOn(LocalDate introducedOn) {
        this.introducedOn = introducedOn;
    }
}
