package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Settling a contract early (繰上完済): the firm pays exactly what is owed on the day, which the contract states when
 * another amount is entered.
 */
class SettlementForm extends AmountForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate settledOn;

    public LocalDate getSettledOn() {
        return settledOn;
    }

    public void setSettledOn(LocalDate settledOn) {
        this.settledOn = settledOn;
    }
}
