package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An order request (発注申込) as received: the ordering firm, the work and its processes, quantity, delivery date,
 * and optionally a budget in whole yen, a preferred region, required certifications and a focus field. Its id is
 * fixed when the form is shown, so a second submit receives nothing twice.
 */
class OrderRequestForm {

    @NotBlank
    private String orderRequestId;
    @NotBlank
    @Size(max = 200)
    private String orderingFirm;
    @NotNull
    private Region orderingFirmRegion;
    @NotBlank
    @Size(max = 2000)
    private String work;
    @NotEmpty
    private Set<Process> processes = new LinkedHashSet<>();
    @NotNull
    @Min(1)
    private Integer quantity;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deliveryBy;
    @PositiveOrZero
    @Max(999_999_999_999L)
    private Long budget;
    private Region preferredRegion;
    private Set<Certification> requiredCertifications = new LinkedHashSet<>();
    private FocusField focusField;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    OrderRequestDetails details() {
        return new OrderRequestDetails(orderingFirm.trim(), orderingFirmRegion, work.trim(), Set.copyOf(processes),
                quantity, deliveryBy, budget == null ? null : Yen.of(budget), preferredRegion,
                Set.copyOf(requiredCertifications), focusField);
    }

    public String getOrderRequestId() {
        return orderRequestId;
    }

    public void setOrderRequestId(String orderRequestId) {
        this.orderRequestId = orderRequestId;
    }

    public String getOrderingFirm() {
        return orderingFirm;
    }

    public void setOrderingFirm(String orderingFirm) {
        this.orderingFirm = orderingFirm;
    }

    public Region getOrderingFirmRegion() {
        return orderingFirmRegion;
    }

    public void setOrderingFirmRegion(Region orderingFirmRegion) {
        this.orderingFirmRegion = orderingFirmRegion;
    }

    public String getWork() {
        return work;
    }

    public void setWork(String work) {
        this.work = work;
    }

    public Set<Process> getProcesses() {
        return processes;
    }

    public void setProcesses(Set<Process> processes) {
        this.processes = processes == null ? new LinkedHashSet<>() : processes;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getDeliveryBy() {
        return deliveryBy;
    }

    public void setDeliveryBy(LocalDate deliveryBy) {
        this.deliveryBy = deliveryBy;
    }

    public Long getBudget() {
        return budget;
    }

    public void setBudget(Long budget) {
        this.budget = budget;
    }

    public Region getPreferredRegion() {
        return preferredRegion;
    }

    public void setPreferredRegion(Region preferredRegion) {
        this.preferredRegion = preferredRegion;
    }

    public Set<Certification> getRequiredCertifications() {
        return requiredCertifications;
    }

    public void setRequiredCertifications(Set<Certification> requiredCertifications) {
        this.requiredCertifications = requiredCertifications == null ? new LinkedHashSet<>() : requiredCertifications;
    }

    public FocusField getFocusField() {
        return focusField;
    }

    public void setFocusField(FocusField focusField) {
        this.focusField = focusField;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
