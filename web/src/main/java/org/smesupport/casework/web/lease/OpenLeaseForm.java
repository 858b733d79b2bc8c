package org.smesupport.casework.web.lease;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Opening a lease or instalment-sale contract for a company; {@code contractId} is generated with the form, so a
 * double submit opens one contract. The yearly rate is entered in percent to two decimals, as contracts state it;
 * the command counts it in hundredths of a percent.
 */
class OpenLeaseForm {

    @NotBlank
    private String contractId;
    @NotBlank
    private String companyId;
    @NotNull
    private ContractKind kind;
    @NotBlank
    @Size(max = 200)
    private String equipment;
    @NotNull
    @Positive
    @Max(999_999_999_999L)
    private Long amount;
    @NotNull
    @PositiveOrZero
    @Max(999_999_999_999L)
    private Long downPayment;
    @NotNull
    private Integer termMonths;
    @NotNull
    private PaymentFrequency frequency;
    @NotNull
    @DecimalMin("0")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal annualRatePercent;
    @NotNull
    private Integer interestFreeMonths;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate contractDate;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstDueDate;

    int annualRateBasisPoints() {
        return annualRatePercent.movePointRight(2).intValueExact();
    }

    public String getContractId() {
        return contractId;
    }

    public void setContractId(String contractId) {
        this.contractId = contractId;
    }

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    public ContractKind getKind() {
        return kind;
    }

    public void setKind(ContractKind kind) {
        this.kind = kind;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public Long getDownPayment() {
        return downPayment;
    }

    public void setDownPayment(Long downPayment) {
        this.downPayment = downPayment;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public PaymentFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(PaymentFrequency frequency) {
        this.frequency = frequency;
    }

    public BigDecimal getAnnualRatePercent() {
        return annualRatePercent;
    }

    public void setAnnualRatePercent(BigDecimal annualRatePercent) {
        this.annualRatePercent = annualRatePercent;
    }

    public Integer getInterestFreeMonths() {
        return interestFreeMonths;
    }

    public void setInterestFreeMonths(Integer interestFreeMonths) {
        this.interestFreeMonths = interestFreeMonths;
    }

    public LocalDate getContractDate() {
        return contractDate;
    }

    public void setContractDate(LocalDate contractDate) {
        this.contractDate = contractDate;
    }

    public LocalDate getFirstDueDate() {
        return firstDueDate;
    }

    public void setFirstDueDate(LocalDate firstDueDate) {
        this.firstDueDate = firstDueDate;
    }
}
