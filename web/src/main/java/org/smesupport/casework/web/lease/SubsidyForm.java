package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Requesting the interest subsidy (利息補助) of a fiscal year. The fall in sales is entered in percent to two
 * decimals, as the firm's figures state it; the command counts it in hundredths of a percent.
 */
class SubsidyForm {

    @NotBlank
    private String requestId;
    @NotNull
    @Min(1990)
    @Max(2999)
    private Integer fiscalYear;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal salesDeclinePercent;
    @NotBlank
    @Size(max = 2000)
    private String evidence;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate requestedOn;

    int salesDeclineBasisPoints() {
        return salesDeclinePercent.movePointRight(2).intValueExact();
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public BigDecimal getSalesDeclinePercent() {
        return salesDeclinePercent;
    }

    public void setSalesDeclinePercent(BigDecimal salesDeclinePercent) {
        this.salesDeclinePercent = salesDeclinePercent;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }
}
