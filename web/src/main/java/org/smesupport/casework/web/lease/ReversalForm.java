package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Reversing a payment (a bounced transfer), with the reason; {@code expectedVersion} is the version the page showed. */
class ReversalForm extends ReversingForm {

    @NotBlank
    private String paymentId;
    @NotNull
    private Long expectedVersion;

    public String getPaymentId() {
        return paymentId;
    }

    public void setPaymentId(String paymentId) {
        this.paymentId = paymentId;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
