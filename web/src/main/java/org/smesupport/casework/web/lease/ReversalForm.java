package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Reversing a payment (a bounced transfer), with the reason; {@code expectedVersion} is the version the page showed. */
class ReversalForm {

    @NotBlank
    private String paymentId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reversedOn;
    @NotBlank
    @Size(max = 1000)
    private String reason;
    @NotNull
    private Long expectedVersion;

    public String getPaymentId() {
        return paymentId;
    }

    public void setPaymentId(String paymentId) {
        this.paymentId = paymentId;
    }

    public LocalDate getReversedOn() {
        return reversedOn;
    }

    public void setReversedOn(LocalDate reversedOn) {
        this.reversedOn = reversedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
