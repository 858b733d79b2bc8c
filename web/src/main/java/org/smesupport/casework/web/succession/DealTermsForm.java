package org.smesupport.casework.web.succession;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a deal says from the case's side: when it was concluded and, when the other party is a firm the centre does
 * not advise, that counterpart's name and whether it is in the prefecture (a case's own record says that for a case).
 */
abstract class DealTermsForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate concludedOn;
    @Size(max = 200)
    private String counterpartName;
    private boolean counterpartInPrefecture = true;

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public void setConcludedOn(LocalDate concludedOn) {
        this.concludedOn = concludedOn;
    }

    public String getCounterpartName() {
        return counterpartName;
    }

    public void setCounterpartName(String counterpartName) {
        this.counterpartName = counterpartName;
    }

    public boolean isCounterpartInPrefecture() {
        return counterpartInPrefecture;
    }

    public void setCounterpartInPrefecture(boolean counterpartInPrefecture) {
        this.counterpartInPrefecture = counterpartInPrefecture;
    }
}
