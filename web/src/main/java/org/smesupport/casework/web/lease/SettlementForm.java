package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Settling a contract early (繰上完済): the firm pays exactly what is owed on the day, which the contract
 * states when another amount is entered. {@code expectedVersion} is the version the page showed.
 */
class SettlementForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate settledOn;
    @NotNull
    @Positive
    @Max(999_999_999_999L)
    private Long amount;
    @NotNull
    private Long expectedVersion;

    public LocalDate getSettledOn() {
        return settledOn;
    }

    public void setSettledOn(LocalDate settledOn) {
        this.settledOn = settledOn;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
