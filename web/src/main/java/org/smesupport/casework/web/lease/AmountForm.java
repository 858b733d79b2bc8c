package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Money the firm pays on a contract (a payment, an early settlement), in whole yen; {@code expectedVersion} is the
 * contract's version the page showed, so a form sent twice moves the money once.
 */
abstract class AmountForm {

    @NotNull
    @Positive
    @Max(999_999_999_999L)
    private Long amount;
    @NotNull
    private Long expectedVersion;

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
