package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The ordering firm has what it needed: the date the request was filled. */
class FilledForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filledOn;

    public LocalDate getFilledOn() {
        return filledOn;
    }

    public void setFilledOn(LocalDate filledOn) {
        this.filledOn = filledOn;
    }
}
